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
using Microsoft.Extensions.Options;

namespace Macpt.Conferences.Apis;

/// <summary>Child protection plans: a child's plan history, reviews and core groups due, core group meetings, ending.</summary>
public static class PlansApi
{
    public const string Due = "due";
    public const string Overdue = "overdue";
    /// <summary>"Due" looks this many working days ahead: time to arrange a conference or meeting.</summary>
    public const int DueWithinWorkingDays = 10;

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conferences/plans").WithTags("Child protection plans");
        api.MapGet("/", ListPlans).WithName("ListPlans");
        api.MapGet("/{id:guid}", GetPlan).WithName("GetPlan");
        api.MapPost("/{id:guid}/core-groups", RecordCoreGroup).WithName("RecordCoreGroupMeeting");
        api.MapPost("/{id:guid}/ending", End).WithName("EndPlan");
        return app;
    }

    /// <summary>
    /// Plans, oldest first: for one child (their whole history), by status, and active plans whose review
    /// conference or core group is <c>due</c> (within 10 working days) or <c>overdue</c> (its date has passed).
    /// </summary>
    public static async Task<Results<Ok<List<PlanView>>, ValidationProblem>> ListPlans(
        string? laChildId, string? status, string? review, string? coreGroup, ConferencesDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null and not (PlanStatus.Active or PlanStatus.Ended)) errors["status"] = ["The status must be active or ended."];
        if (review is not null and not (Due or Overdue)) errors["review"] = [$"The review filter must be {Due} or {Overdue}."];
        if (coreGroup is not null and not (Due or Overdue)) errors["coreGroup"] = [$"The core group filter must be {Due} or {Overdue}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var today = LondonClock.Today(time);
        var horizon = calendar.AddWorkingDays(today, DueWithinWorkingDays);
        var query = db.Plans.AsNoTracking();
        if (laChildId is not null) query = query.Where(p => p.LaChildId == laChildId);
        if (status is not null) query = query.Where(p => p.Status == status);
        query = review switch
        {
            Due => query.Where(p => p.NextReviewDue >= today && p.NextReviewDue <= horizon),
            Overdue => query.Where(p => p.NextReviewDue < today),
            _ => query,
        };
        query = coreGroup switch
        {
            Due => query.Where(p => p.NextCoreGroupDue >= today && p.NextCoreGroupDue <= horizon),
            Overdue => query.Where(p => p.NextCoreGroupDue < today),
            _ => query,
        };
        var ordered = review is not null ? query.OrderBy(p => p.NextReviewDue)
            : coreGroup is not null ? query.OrderBy(p => p.NextCoreGroupDue)
            : query.OrderBy(p => p.StartDate);
        var list = await ordered.ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(PlanView.From).ToList());
    }

    public static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetPlan(Guid id, ConferencesDbContext db, CancellationToken ct)
    {
        var found = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? Problems.NotFound("plan", id) : TypedResults.Ok(PlanView.From(found));
    }

    /// <summary>Records a core group meeting; the next is due after the local interval (<see cref="CoreGroupCadence"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> RecordCoreGroup(
        Guid id, CoreGroupMeetingRequest request, ConferencesDbContext db, IOptions<CoreGroupCadence> cadence, TimeProvider time, CancellationToken ct)
    {
        var errors = PlanRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("plan", id);
        if (plan.IsEnded) return Problems.Conflict("The plan has ended.", "Core groups meet while the plan lasts.", "heldOn");
        var heldOn = request.HeldOn!.Value;
        if (heldOn <= plan.StartDate) return Problems.Unprocessable("heldOn", "A core group meets after the conference that started the plan.");
        if (plan.CoreGroupMeetings.Any(m => m.HeldOn == heldOn))
            return Problems.Conflict("A core group meeting is already recorded on that date.", "A meeting is recorded once.", "heldOn");
        var latest = plan.CoreGroupMeetings.Select(m => m.HeldOn).Append(heldOn).Max();
        var now = time.GetUtcNow();
        plan.RecordCoreGroup(new CoreGroupMeeting(Guid.CreateVersion7(now), heldOn, request.Attended!.Select(a => new Recipient(a!)).ToList(), request.RecordedBy!, now),
            cadence.Value.NextAfter(latest));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PlanView.From(plan));
    }

    /// <summary>
    /// Ends a plan outside a review conference: the end date, the reason and the step-down to Family Help. The LCPP
    /// steps away, a pending review conference is cancelled, and <see cref="ChildProtectionPlanEnded"/> goes out.
    /// </summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> End(
        Guid id, EndPlanRequest request, ConferencesDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = PlanRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("plan", id);
        if (plan.IsEnded) return Problems.Conflict("The plan has already ended.", "A plan ends once.", "endDate");
        var endDate = request.EndDate!.Value;
        if (PlanEndsAfterStart.IsBroken(endDate, plan.StartDate)) return Problems.Unprocessable("endDate", PlanEndsAfterStart.Message);
        if (plan.Reviews.Count > 0 && endDate < plan.Reviews.Max(r => r.ReviewedOn))
            return Problems.Unprocessable("endDate", "The plan ends on or after its last review conference.");

        var now = time.GetUtcNow();
        plan.End(new PlanEnding(endDate, request.ReasonCode!, request.StepDownToFamilyHelp!.Value, request.FamilyHelpLeadId, plan.LcppId, endDate,
            null, request.RecordedBy!, now));
        var pending = await db.Conferences.Where(c => c.PlanId == plan.Id && c.HeldOn == null && c.Status != ConferenceStatus.Cancelled).ToListAsync(ct);
        foreach (var review in pending) review.Cancel();
        outbox.Add(new ChildProtectionPlanEnded(plan.Id, plan.ReferralId, plan.LaChildId, endDate, plan.Ending!.ReasonCode));
        await db.SaveChangesAsync(ct); // a racing second ending fails on the row version: 409
        return TypedResults.Ok(PlanView.From(plan));
    }
}

/// <summary>A plan with its census fields, reviews, core group meetings and ending.</summary>
public sealed record PlanView(Guid Id, string LaChildId, Guid? ReferralId, Guid InitialConferenceId, string Status, DateOnly StartDate,
    DateOnly? EndDate, string InitialCategoryOfAbuse, string LatestCategoryOfAbuse, int NumberOfPreviousCpp, OutlinePlan OutlinePlan,
    IReadOnlyList<CoreGroupMember> CoreGroup, string LcppId, DateOnly? NextReviewDue, DateOnly? NextCoreGroupDue,
    IReadOnlyList<PlanReview> Reviews, IReadOnlyList<CoreGroupMeeting> CoreGroupMeetings, PlanEnding? Ending)
{
    public static PlanView From(ChildProtectionPlan p) =>
        new(p.Id, p.LaChildId, p.ReferralId, p.InitialConferenceId, p.Status, p.StartDate, p.EndDate, p.InitialCategoryOfAbuse,
            p.LatestCategoryOfAbuse, p.NumberOfPreviousCpp, p.OutlinePlan, p.CoreGroup, p.LcppId, p.NextReviewDue, p.NextCoreGroupDue,
            p.Reviews, p.CoreGroupMeetings, p.Ending);
}
