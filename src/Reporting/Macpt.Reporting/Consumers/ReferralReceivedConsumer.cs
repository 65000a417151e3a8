using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ReferralReceived"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ReferralReceivedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ReferralReceived, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ReferralReceived message, ConsumeContext<ReferralReceived> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
