using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ChildProtectionPlanEnded"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ChildProtectionPlanEndedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ChildProtectionPlanEnded, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ChildProtectionPlanEnded message, ConsumeContext<ChildProtectionPlanEnded> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
