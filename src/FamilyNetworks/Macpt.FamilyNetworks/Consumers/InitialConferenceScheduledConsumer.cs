using Macpt.Contracts.Cin;
using Macpt.Contracts.Conferences;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>
/// A scheduled initial conference asks the family network before it meets, so the conference can see a
/// family plan; the meeting is needed by the conference date. Moving the conference does not open a second request.
/// </summary>
public sealed class InitialConferenceScheduledConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake, ILogger<InitialConferenceScheduledConsumer> log)
    : InboxConsumer<InitialConferenceScheduled, FamilyNetworksDbContext>(db, time)
{
    protected override async Task HandleAsync(InitialConferenceScheduled message, ConsumeContext<InitialConferenceScheduled> context)
    {
        if (!LaChildId.IsValid(message.LaChildId))
        {
            log.LogWarning("Conference {ConferenceId} scheduled without a valid LA child id: no family network request", message.ConferenceId);
            return;
        }
        await intake.OpenAsync(new RequestIntake.Trigger(message.LaChildId, RequestTriggers.StageFor(message), message.ReferralId,
            RequestSources.InitialConferenceScheduled, message.ConferenceId, null, Time.GetUtcNow(), message.ScheduledFor), context.CancellationToken);
    }
}
