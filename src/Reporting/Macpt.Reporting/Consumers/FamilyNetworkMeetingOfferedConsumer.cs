using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyNetworkMeetingOffered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyNetworkMeetingOfferedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyNetworkMeetingOffered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyNetworkMeetingOffered message, ConsumeContext<FamilyNetworkMeetingOffered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
