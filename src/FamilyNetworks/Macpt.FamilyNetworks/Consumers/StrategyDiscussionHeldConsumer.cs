using Macpt.Contracts.Cin;
using Macpt.Contracts.Enquiries;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>A strategy discussion that recommends a family network meeting asks for one now.</summary>
public sealed class StrategyDiscussionHeldConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake, ILogger<StrategyDiscussionHeldConsumer> log)
    : InboxConsumer<StrategyDiscussionHeld, FamilyNetworksDbContext>(db, time)
{
    protected override async Task HandleAsync(StrategyDiscussionHeld message, ConsumeContext<StrategyDiscussionHeld> context)
    {
        if (RequestTriggers.StageFor(message) is not { } stage) return;
        if (!LaChildId.IsValid(message.LaChildId))
        {
            log.LogWarning("Strategy discussion {StrategyDiscussionId} held without a valid LA child id: no family network request", message.StrategyDiscussionId);
            return;
        }
        // Asked on the day the discussion was held (the event carries its date, not an instant): midday in London is that day.
        var requestedAt = new DateTimeOffset(message.HeldOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await intake.OpenAsync(new RequestIntake.Trigger(message.LaChildId, stage, message.ReferralId, RequestSources.StrategyDiscussionHeld,
            message.StrategyDiscussionId, null, requestedAt, null), context.CancellationToken);
    }
}
