using Macpt.Conferences.Apis;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Macpt.Rules;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Application;

/// <summary>
/// Holding a conference. An initial conference that needs a plan starts it (on the conference's date, census rule
/// 2885) unless the child is already on one (<see cref="OnePlanAtATime"/>), with its first review conference, or steps
/// the case down to Family Help; a review continues the plan (with the next review conference) or ends it, with its step-down. Every change leaves through the outbox
/// in the same transaction.
/// </summary>
public sealed class HoldConference(ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time)
{
    public async Task InitialAsync(ChildProtectionConference conference, ConferenceOutcome outcome, PlanDecision? decision, CancellationToken ct,
        FamilyHelpStepDown? stepDown = null)
    {
        conference.HoldInitial(outcome, decision, calendar, stepDown);
        var heldOn = outcome.HeldOn;
        outbox.Add(ConferenceEvents.Held(conference, decision is not null));
        if (decision is null)
        {
            if (StepDowns.From(conference) is { } steppedDown) outbox.Add(steppedDown);
            return;
        }

        var childsPlans = await db.Plans.AsNoTracking().Where(p => p.LaChildId == conference.LaChildId)
            .Select(p => new { p.StartDate, p.EndDate }).ToListAsync(ct);
        Rule.Check(new OnePlanAtATime(childsPlans.Any(p => p.EndDate == null || p.EndDate > heldOn)));
        var now = time.GetUtcNow();
        var plan = ChildProtectionPlan.Start(Guid.CreateVersion7(now), conference, childsPlans.Select(p => p.StartDate), calendar, now);
        db.Plans.Add(plan);
        db.Conferences.Add(ChildProtectionConference.NextReview(Guid.CreateVersion7(now), plan, conference.CaseTeam, now));
        outbox.Add(ConferenceEvents.Started(plan));
    }

    /// <summary>A review: the plan continues (<paramref name="ending"/> null) or ends on the review's date.</summary>
    public async Task ReviewAsync(ChildProtectionConference conference, ConferenceOutcome outcome, string latestCategoryOfAbuse, PlanEndDecision? ending,
        CancellationToken ct, PlanChangesRequest? changes = null)
    {
        conference.HoldReview(outcome, latestCategoryOfAbuse);
        var plan = await db.Plans.SingleAsync(p => p.Id == conference.PlanId, ct);
        var heldOn = outcome.HeldOn;
        var continues = ending is null;
        plan.RecordReview(conference.Id, heldOn, latestCategoryOfAbuse, continues, calendar);
        outbox.Add(ConferenceEvents.Held(conference, continues));
        outbox.Add(ConferenceEvents.Reviewed(plan, conference, latestCategoryOfAbuse, continues));
        if (continues)
        {
            if (changes is not null) plan.ChangeAtReview(conference.Id, heldOn, changes.ToOutcomes(), changes.ToActions(), time.GetUtcNow());
            db.Conferences.Add(ChildProtectionConference.NextReview(Guid.CreateVersion7(time.GetUtcNow()), plan, conference.CaseTeam, time.GetUtcNow()));
            return;
        }
        plan.End(heldOn, ending!, conference.Id, outcome.RecordedBy, time.GetUtcNow());
        outbox.Add(ConferenceEvents.Ended(plan));
        if (StepDowns.From(plan) is { } steppedDown) outbox.Add(steppedDown);
    }
}
