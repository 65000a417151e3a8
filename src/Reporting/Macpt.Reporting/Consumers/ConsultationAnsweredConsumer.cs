using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ConsultationAnswered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ConsultationAnsweredConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ConsultationAnswered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ConsultationAnswered message, ConsumeContext<ConsultationAnswered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
