using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ReviewConferenceBroughtForward"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ReviewConferenceBroughtForwardConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ReviewConferenceBroughtForward, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ReviewConferenceBroughtForward message, ConsumeContext<ReviewConferenceBroughtForward> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
