using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Advocacy;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AdvocacyEnded"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AdvocacyEndedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AdvocacyEnded, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AdvocacyEnded message, ConsumeContext<AdvocacyEnded> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
