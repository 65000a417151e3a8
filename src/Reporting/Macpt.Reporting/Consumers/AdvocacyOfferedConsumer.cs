using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Advocacy;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AdvocacyOffered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AdvocacyOfferedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AdvocacyOffered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AdvocacyOffered message, ConsumeContext<AdvocacyOffered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
