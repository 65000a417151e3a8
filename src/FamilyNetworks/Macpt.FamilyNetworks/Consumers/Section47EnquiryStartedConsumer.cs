using Macpt.Contracts.Enquiries;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Inbox;
using MassTransit;

namespace Macpt.FamilyNetworks.Consumers;

/// <summary>
/// A Section 47 enquiry asks the family network again, before any conference: the meeting is needed by
/// the initial conference's target date.
/// </summary>
public sealed class Section47EnquiryStartedConsumer(FamilyNetworksDbContext db, TimeProvider time, RequestIntake intake)
    : InboxConsumer<Section47EnquiryStarted, FamilyNetworksDbContext>(db, time)
{
    protected override Task HandleAsync(Section47EnquiryStarted message, ConsumeContext<Section47EnquiryStarted> context) =>
        intake.FromEventAsync(RequestTriggers.From(message), context.CancellationToken);
}
