using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Escalations;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ProfessionalDisagreementEscalated"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ProfessionalDisagreementEscalatedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ProfessionalDisagreementEscalated, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ProfessionalDisagreementEscalated message, ConsumeContext<ProfessionalDisagreementEscalated> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
