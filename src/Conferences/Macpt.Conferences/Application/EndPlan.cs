using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// Ends a plan outside a review conference (reached 18, died, left the UK, moved to another authority after its
/// transfer-in conference): the plan's own rules
/// hold, its pending review conference is cancelled, and <see cref="ChildProtectionPlanEnded"/> (with any step-down) goes out.
/// </summary>
public sealed class EndPlan(ConferencesDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task RunAsync(ChildProtectionPlan plan, DateOnly endDate, PlanEndDecision decision, DateOnly? receivingConferenceOn, string recordedBy,
        CancellationToken ct)
    {
        plan.EndOutsideReview(endDate, decision, receivingConferenceOn, recordedBy, time.GetUtcNow());
        var pending = await db.Conferences.Where(c => c.PlanId == plan.Id && c.HeldOn == null && c.Status != ConferenceStatus.Cancelled).ToListAsync(ct);
        foreach (var review in pending) review.Cancel();
        outbox.Add(ConferenceEvents.Ended(plan));
        if (StepDowns.From(plan) is { } steppedDown) outbox.Add(steppedDown);
    }
}
