using Macpt.Contracts.Conferences;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>
/// A scheduled initial conference asks the family network before it meets, so the conference can see a
/// family plan; the meeting is needed by the conference date. Moving the conference does not open a second request.
/// </summary>
public sealed class InitialConferenceScheduledConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake)
    : InboxConsumer<InitialConferenceScheduled, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(InitialConferenceScheduled message, ConsumeContext<InitialConferenceScheduled> context) =>
        intake.FromEventAsync(RequestTriggers.From(message, Time.GetUtcNow()), context.CancellationToken);
}
