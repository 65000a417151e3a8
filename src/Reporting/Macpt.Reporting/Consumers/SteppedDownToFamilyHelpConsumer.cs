using Macpt.Messaging.Inbox;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.Contracts.FamilyHelp;
using MassTransit;

namespace Macpt.Reporting.Consumers;

/// <summary>Stores <see cref="SteppedDownToFamilyHelp"/> and projects its child again; the inbox skips a redelivery.</summary>
public sealed class SteppedDownToFamilyHelpConsumer(ReportingDbContext db, TimeProvider time, ChildReprojection projection)
    : InboxConsumer<SteppedDownToFamilyHelp, ReportingDbContext>(db, time)
{
    protected override Task HandleAsync(SteppedDownToFamilyHelp message, ConsumeContext<SteppedDownToFamilyHelp> context) =>
        projection.ReceiveAsync(message, context.MessageId!.Value, context.CancellationToken);
}
