using Macpt.Contracts.Enquiries;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>A strategy discussion that recommends a family network meeting asks for one now.</summary>
public sealed class StrategyDiscussionHeldConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake)
    : InboxConsumer<StrategyDiscussionHeld, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(StrategyDiscussionHeld message, ConsumeContext<StrategyDiscussionHeld> context) =>
        intake.FromEventAsync(RequestTriggers.From(message), context.CancellationToken);
}
