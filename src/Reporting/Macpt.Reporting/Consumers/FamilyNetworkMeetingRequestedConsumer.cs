using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyNetworkMeetingRequested"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyNetworkMeetingRequestedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyNetworkMeetingRequested, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyNetworkMeetingRequested message, ConsumeContext<FamilyNetworkMeetingRequested> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
