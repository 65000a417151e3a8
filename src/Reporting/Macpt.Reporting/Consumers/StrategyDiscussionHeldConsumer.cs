using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="StrategyDiscussionHeld"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class StrategyDiscussionHeldConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<StrategyDiscussionHeld, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(StrategyDiscussionHeld message, ConsumeContext<StrategyDiscussionHeld> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
