using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="Section47EnquiryCompleted"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class Section47EnquiryCompletedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<Section47EnquiryCompleted, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(Section47EnquiryCompleted message, ConsumeContext<Section47EnquiryCompleted> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
