using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Conferences;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="InitialConferenceScheduled"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class InitialConferenceScheduledConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<InitialConferenceScheduled, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(InitialConferenceScheduled message, ConsumeContext<InitialConferenceScheduled> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
