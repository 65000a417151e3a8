using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Escalations;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ProfessionalDisagreementRaised"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ProfessionalDisagreementRaisedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ProfessionalDisagreementRaised, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ProfessionalDisagreementRaised message, ConsumeContext<ProfessionalDisagreementRaised> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
