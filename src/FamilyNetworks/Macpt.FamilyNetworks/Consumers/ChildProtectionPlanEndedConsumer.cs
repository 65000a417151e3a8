using Macpt.Contracts.Conferences;
using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>The end of a child protection plan closes the child's open child protection requests (<see cref="RequestClosing"/>).</summary>
public sealed class ChildProtectionPlanEndedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestClosing closing)
    : InboxConsumer<ChildProtectionPlanEnded, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(ChildProtectionPlanEnded message, ConsumeContext<ChildProtectionPlanEnded> context) =>
        closing.CloseAsync(new ProcessExit(message.LaChildId, message.ReferralId, message.PlanId, message.EndDate,
            MeetingRequestClosureReasons.PlanEnded), context.CancellationToken);
}
