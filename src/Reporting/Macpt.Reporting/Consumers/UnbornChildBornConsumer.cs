using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="UnbornChildBorn"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class UnbornChildBornConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<UnbornChildBorn, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(UnbornChildBorn message, ConsumeContext<UnbornChildBorn> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
