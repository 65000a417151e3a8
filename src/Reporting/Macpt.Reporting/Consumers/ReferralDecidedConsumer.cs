using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Referrals;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="ReferralDecided"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class ReferralDecidedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<ReferralDecided, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(ReferralDecided message, ConsumeContext<ReferralDecided> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
