using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ChildProtectionPlanReviewed"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ChildProtectionPlanReviewedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ChildProtectionPlanReviewed, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ChildProtectionPlanReviewed message, ConsumeContext<ChildProtectionPlanReviewed> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
