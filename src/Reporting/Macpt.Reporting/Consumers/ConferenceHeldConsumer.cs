using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ConferenceHeld"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ConferenceHeldConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ConferenceHeld, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ConferenceHeld message, ConsumeContext<ConferenceHeld> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
