using Macpt.Contracts.Conferences;
using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>An initial conference that decides no plan is needed closes the child's open child protection requests (<see cref="RequestClosing"/>).</summary>
public sealed class ConferenceHeldConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestClosing closing)
    : InboxConsumer<ConferenceHeld, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(ConferenceHeld message, ConsumeContext<ConferenceHeld> context) =>
        message.Kind != ConferenceKinds.Initial || message.PlanRequired ? Task.CompletedTask
            : closing.CloseAsync(new ProcessExit(message.LaChildId, message.ReferralId, message.ConferenceId, message.HeldOn,
                MeetingRequestClosureReasons.ConferenceNoPlan), context.CancellationToken);
}
