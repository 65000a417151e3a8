using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="Section47EnquiryStarted"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class Section47EnquiryStartedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<Section47EnquiryStarted, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(Section47EnquiryStarted message, ConsumeContext<Section47EnquiryStarted> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
