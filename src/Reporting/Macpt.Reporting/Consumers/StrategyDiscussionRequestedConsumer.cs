using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="StrategyDiscussionRequested"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class StrategyDiscussionRequestedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<StrategyDiscussionRequested, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(StrategyDiscussionRequested message, ConsumeContext<StrategyDiscussionRequested> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
