using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// Ends a plan outside a review conference (the child moved away, became looked after, ...): the plan's own rules
/// hold, its pending review conference is cancelled, and <see cref="ChildProtectionPlanEnded"/> goes out.
/// </summary>
public sealed class EndPlan(ConferencesDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task RunAsync(ChildProtectionPlan plan, DateOnly endDate, PlanEndDecision decision, string recordedBy, CancellationToken ct)
    {
        plan.End(endDate, decision, null, recordedBy, time.GetUtcNow());
        var pending = await db.Conferences.Where(c => c.PlanId == plan.Id && c.HeldOn == null && c.Status != ConferenceStatus.Cancelled).ToListAsync(ct);
        foreach (var review in pending) review.Cancel();
        outbox.Add(new ChildProtectionPlanEnded(plan.Id, plan.ReferralId, plan.LaChildId, endDate, decision.ReasonCode));
    }
}
