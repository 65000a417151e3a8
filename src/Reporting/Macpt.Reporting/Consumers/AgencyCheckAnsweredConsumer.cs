using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AgencyCheckAnswered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AgencyCheckAnsweredConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AgencyCheckAnswered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AgencyCheckAnswered message, ConsumeContext<AgencyCheckAnswered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
