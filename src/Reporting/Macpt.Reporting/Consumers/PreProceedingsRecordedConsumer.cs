using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="PreProceedingsRecorded"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class PreProceedingsRecordedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<PreProceedingsRecorded, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(PreProceedingsRecorded message, ConsumeContext<PreProceedingsRecorded> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
