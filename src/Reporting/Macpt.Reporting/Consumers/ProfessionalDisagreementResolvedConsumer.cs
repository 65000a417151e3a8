using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Escalations;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ProfessionalDisagreementResolved"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ProfessionalDisagreementResolvedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ProfessionalDisagreementResolved, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ProfessionalDisagreementResolved message, ConsumeContext<ProfessionalDisagreementResolved> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
