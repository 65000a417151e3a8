using Macpt.Messaging.Inbox;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Referrals.Consumers;

/// <summary>
/// Records a downstream event as a step on its referral's onward path, once per (referral, stage,
/// source record). Events for a referral this service does not hold (a case convened directly in
/// enquiries, say) have no path to join here and are skipped.
/// </summary>
public abstract class OnwardStepConsumer<TEvent>(ReferralsDbContext db, TimeProvider time) : InboxConsumer<TEvent, ReferralsDbContext>(db, time)
    where TEvent : class
{
    protected abstract (Guid? ReferralId, string Stage, Guid SourceId, DateOnly OccurredOn, string? Outcome, DateOnly? DueBy) StepOf(TEvent message);

    protected override async Task HandleAsync(TEvent message, ConsumeContext<TEvent> context)
    {
        var (referralId, stage, sourceId, occurredOn, outcome, dueBy) = StepOf(message);
        if (referralId is not { } id) return;
        var ct = context.CancellationToken;
        if (!await Db.Referrals.AnyAsync(r => r.Id == id, ct)) return;
        if (await Db.OnwardSteps.AnyAsync(s => s.ReferralId == id && s.Stage == stage && s.SourceId == sourceId, ct)) return;
        Db.OnwardSteps.Add(OnwardStep.Record(Guid.CreateVersion7(Time.GetUtcNow()), id, stage, sourceId, occurredOn, outcome, dueBy));
    }
}
