using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyNetworkMeetingOfferAnswered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyNetworkMeetingOfferAnsweredConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyNetworkMeetingOfferAnswered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyNetworkMeetingOfferAnswered message, ConsumeContext<FamilyNetworkMeetingOfferAnswered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
