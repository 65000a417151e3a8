using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Enquiries;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AgencyCheckRequested"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AgencyCheckRequestedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AgencyCheckRequested, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AgencyCheckRequested message, ConsumeContext<AgencyCheckRequested> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
