using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Advocacy;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AdvocateAllocated"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AdvocateAllocatedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AdvocateAllocated, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AdvocateAllocated message, ConsumeContext<AdvocateAllocated> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
