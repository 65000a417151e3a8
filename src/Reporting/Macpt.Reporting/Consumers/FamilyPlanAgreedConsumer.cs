using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyNetworks;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="FamilyPlanAgreed"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class FamilyPlanAgreedConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<FamilyPlanAgreed, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(FamilyPlanAgreed message, ConsumeContext<FamilyPlanAgreed> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
