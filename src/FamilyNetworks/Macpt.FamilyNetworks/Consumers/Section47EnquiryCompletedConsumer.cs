using Macpt.Contracts.Enquiries;
using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>A Section 47 enquiry that needs no conference closes the child's open child protection requests (<see cref="RequestClosing"/>).</summary>
public sealed class Section47EnquiryCompletedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestClosing closing)
    : InboxConsumer<Section47EnquiryCompleted, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(Section47EnquiryCompleted message, ConsumeContext<Section47EnquiryCompleted> context) =>
        message.ConferenceRequired ? Task.CompletedTask
            : closing.CloseAsync(new ProcessExit(message.LaChildId, message.ReferralId, message.EnquiryId, message.CompletedOn,
                MeetingRequestClosureReasons.Section47NoConference), context.CancellationToken);
}
