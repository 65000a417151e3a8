using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyNetworkMeetingHeld"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyNetworkMeetingHeldConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyNetworkMeetingHeld, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyNetworkMeetingHeld message, ConsumeContext<FamilyNetworkMeetingHeld> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
