using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>
/// Holding a conference: the views heard and the decision. An initial conference that needs a plan starts it
/// (on the conference's date, census rule 2885) with its first review conference due within 3 months; a review
/// continues the plan (next review within 6 months) or ends it. Every change leaves through the outbox in the
/// same transaction.
/// </summary>
public static class ConferenceOutcomesApi
{
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Hold(
        Guid id, ConferenceOutcomeRequest request, ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        var errors = ConferenceRules.Check(request, conference.Kind, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (conference.IsHeld) return Problems.Conflict("The conference has been held.", "A conference's outcome is recorded once.", "heldOn");
        if (conference.Arrangements is null)
            return Problems.Conflict("The conference has not been arranged.", "Arrange the date, chair and invitees before recording the outcome.", "heldOn");
        if (request.HeldOn != conference.ScheduledFor)
            return Problems.Unprocessable("heldOn", "The conference is recorded on its arranged date: re-arrange it first if it moved.");

        var now = time.GetUtcNow();
        var advocates = await ParentAdvocates.ToInviteAsync(db, conference.LaChildId, ct);
        var outcome = new ConferenceOutcome(request.HeldOn!.Value,
            request.Attendance!.Select(a => new Attendance(a!.PersonId!, a.Role!.Trim(), a.Agency, a.Status!)).ToList(),
            request.AgencyViews!.Select(v => new AgencyView(v!.Agency!, v.PractitionerId, v.ContinuingRisk!.Value, v.View!.Trim())).ToList(),
            (request.ParentViews ?? []).Select(p => new ParentView(p!.ParentId!, p.Views!.Trim())).ToList(),
            new ChildsViews(request.ChildsViews!.Views!.Trim(), request.ChildsViews.HowGathered!, request.ChildsViews.GatheredBy),
            (request.Dissent ?? []).Select(d => new Dissent(d!.PersonId!, d.Agency, d.Reason!.Trim())).ToList(),
            request.PlanRequired!.Value, request.DecisionReasons!.Trim(), advocates, request.RecordedBy!, now);

        var refused = conference.Kind == ConferenceKinds.Initial
            ? await HoldInitialAsync(conference, outcome, request.Plan, db, outbox, calendar, now, ct)
            : await HoldReviewAsync(conference, outcome, request, db, outbox, calendar, now, ct);
        if (refused is not null) return refused;
        await db.SaveChangesAsync(ct); // a racing second outcome fails on the row version (or the one-open-plan index): 409
        return TypedResults.Ok(await ConferencesApi.ViewAsync(db, conference, ct));
    }

    private static async Task<ProblemHttpResult?> HoldInitialAsync(ChildProtectionConference conference, ConferenceOutcome outcome, PlanRequest? request,
        ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        var heldOn = outcome.HeldOn;
        PlanDecision? decision = null;
        if (outcome.PlanRequired)
        {
            var firstCoreGroup = request!.FirstCoreGroupOn!.Value;
            var firstReview = request.FirstReviewOn!.Value;
            var reviewDue = ReviewConferenceDue.First(heldOn, calendar);
            if (FirstCoreGroupDeadline.IsBroken(firstCoreGroup, heldOn, calendar))
                return Problems.Unprocessable("plan.firstCoreGroupOn", $"The first core group meets after the conference and within {FirstCoreGroupDeadline.WorkingDays} working days of it.");
            if (firstReview <= heldOn || firstReview > reviewDue)
                return Problems.Unprocessable("plan.firstReviewOn", $"The first review conference is after this one and within {ReviewConferenceDue.FirstWithinMonths} months of it.");
            if (ConferenceOnAWorkingDay.IsBroken(firstReview, calendar)) return Problems.Unprocessable("plan.firstReviewOn", ConferenceOnAWorkingDay.Message);
            var members = request.CoreGroup!.Select(m => new CoreGroupMember(m!.PractitionerId!, m.Agency!, m.Role!, m.KeyWorker!.Value)).ToList();
            var missing = CoreGroupComposition.MissingFrom(members, conference.CaseTeam!.LcppId);
            if (missing.Count > 0) return Problems.Unprocessable("plan.coreGroup", $"The core group needs {string.Join(" and ", missing)}.");
            if (await db.Plans.AnyAsync(p => p.LaChildId == conference.LaChildId && (p.EndDate == null || p.EndDate > heldOn), ct))
                return Problems.Conflict("The child is already on a plan.", "A child has one plan at a time (census rules 8935, 8940): end the current plan first.", "planRequired");
            decision = new PlanDecision(request.CategoryOfAbuse!,
                new OutlinePlan(request.OutlinePlan!.Outcomes!.Select(o => new PlanOutcome(o!.Trim())).ToList(),
                    request.OutlinePlan.Actions!.Select(a => new PlanAction(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value)).ToList()),
                members, firstCoreGroup, firstReview);

            conference.Hold(outcome, decision, null);
            var previousStarts = await db.Plans.AsNoTracking().Where(p => p.LaChildId == conference.LaChildId).Select(p => p.StartDate).ToListAsync(ct);
            var plan = ChildProtectionPlan.Start(Guid.CreateVersion7(now), conference, decision, conference.CaseTeam.LcppId,
                PreviousPlans.Count(previousStarts, heldOn), reviewDue, FirstCoreGroupDeadline.After(heldOn, calendar), now);
            db.Plans.Add(plan);
            db.Conferences.Add(ChildProtectionConference.Review(Guid.CreateVersion7(now), plan, reviewDue, conference.CaseTeam, now));
            outbox.Add(new ConferenceHeld(conference.Id, conference.ReferralId, conference.LaChildId, heldOn, ConferenceKinds.Initial, true));
            outbox.Add(new ChildProtectionPlanStarted(plan.Id, plan.ReferralId, plan.LaChildId, plan.StartDate, plan.InitialCategoryOfAbuse));
            return null;
        }

        conference.Hold(outcome, null, null);
        outbox.Add(new ConferenceHeld(conference.Id, conference.ReferralId, conference.LaChildId, heldOn, ConferenceKinds.Initial, false));
        return null;
    }

    private static async Task<ProblemHttpResult?> HoldReviewAsync(ChildProtectionConference conference, ConferenceOutcome outcome, ConferenceOutcomeRequest request,
        ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, DateTimeOffset now, CancellationToken ct)
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == conference.PlanId, ct);
        if (plan.IsEnded) return Problems.Conflict("The plan has ended.", "A review conference reviews a plan that is still running.", "planRequired");
        var heldOn = outcome.HeldOn;
        if (ReviewAfterPlanStart.IsBroken(heldOn, plan.StartDate)) return Problems.Unprocessable("heldOn", ReviewAfterPlanStart.Message);

        var category = request.LatestCategoryOfAbuse!;
        var continues = outcome.PlanRequired;
        conference.Hold(outcome, null, category);
        outbox.Add(new ConferenceHeld(conference.Id, conference.ReferralId, conference.LaChildId, heldOn, ConferenceKinds.Review, continues));
        if (continues)
        {
            var next = ReviewConferenceDue.Next(heldOn, calendar);
            plan.RecordReview(new PlanReview(conference.Id, heldOn, category, true), next);
            db.Conferences.Add(ChildProtectionConference.Review(Guid.CreateVersion7(now), plan, next, conference.CaseTeam, now));
            outbox.Add(new ChildProtectionPlanReviewed(plan.Id, conference.Id, plan.ReferralId, plan.LaChildId, heldOn, category, true, next));
            return null;
        }

        var ending = request.Ending!;
        plan.RecordReview(new PlanReview(conference.Id, heldOn, category, false), null);
        plan.End(new PlanEnding(heldOn, ending.ReasonCode!, ending.StepDownToFamilyHelp!.Value, ending.FamilyHelpLeadId, plan.LcppId, heldOn,
            conference.Id, request.RecordedBy!, now));
        outbox.Add(new ChildProtectionPlanReviewed(plan.Id, conference.Id, plan.ReferralId, plan.LaChildId, heldOn, category, false, null));
        outbox.Add(new ChildProtectionPlanEnded(plan.Id, plan.ReferralId, plan.LaChildId, heldOn, ending.ReasonCode!));
        return null;
    }
}
