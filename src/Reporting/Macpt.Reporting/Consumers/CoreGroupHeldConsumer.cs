using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="CoreGroupHeld"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class CoreGroupHeldConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<CoreGroupHeld, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(CoreGroupHeld message, ConsumeContext<CoreGroupHeld> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
