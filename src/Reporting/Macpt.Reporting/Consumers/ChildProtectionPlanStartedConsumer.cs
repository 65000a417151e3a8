using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ChildProtectionPlanStarted"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ChildProtectionPlanStartedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ChildProtectionPlanStarted, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ChildProtectionPlanStarted message, ConsumeContext<ChildProtectionPlanStarted> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
