using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.Advocacy;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="AdvocacyOfferAnswered"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class AdvocacyOfferAnsweredConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<AdvocacyOfferAnswered, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(AdvocacyOfferAnswered message, ConsumeContext<AdvocacyOfferAnswered> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
