using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ConsultationRequested"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ConsultationRequestedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ConsultationRequested, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ConsultationRequested message, ConsumeContext<ConsultationRequested> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
