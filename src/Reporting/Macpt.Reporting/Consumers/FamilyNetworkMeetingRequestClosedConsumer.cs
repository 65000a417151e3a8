using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyNetworkMeetingRequestClosed"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyNetworkMeetingRequestClosedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyNetworkMeetingRequestClosed, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyNetworkMeetingRequestClosed message, ConsumeContext<FamilyNetworkMeetingRequestClosed> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
