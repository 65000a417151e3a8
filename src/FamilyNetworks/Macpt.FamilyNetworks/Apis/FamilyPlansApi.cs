using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Apis.Validation;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>
/// Family plans: agreed at a meeting, reviewed, revised (a new version, announced again) or ended.
/// <see cref="FamilyPlanAgreed"/> lets the conference see that a plan exists; its safeguards stay here.
/// </summary>
public static class FamilyPlansApi
{
    public static IEndpointRouteBuilder MapFamilyPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/familynetworks/requests/{id:guid}/plan", AgreePlan).WithTags("Family plans").WithName("AgreeFamilyPlan");
        var api = app.MapGroup("/api/familynetworks/plans").WithTags("Family plans");
        api.MapGet("/", ListPlans).WithName("ListFamilyPlans");
        api.MapGet("/{id:guid}", GetPlan).WithName("GetFamilyPlan");
        api.MapPost("/{id:guid}/reviews", ReviewPlan).WithName("ReviewFamilyPlan");
        api.MapPost("/{id:guid}/revisions", RevisePlan).WithName("ReviseFamilyPlan");
        api.MapPost("/{id:guid}/end", EndPlan).WithName("EndFamilyPlan");
        return app;
    }

    public const string ReviewDueTodayOrPast = "today-or-overdue";

    /// <summary>Records the plan made at the meeting (one per meeting; later changes are revisions).</summary>
    public static async Task<Results<Created<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> AgreePlan(
        Guid id, PlanRequest request, FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = FamilyPlanRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Meeting is not { } meeting) return Problems.Unprocessable("meeting", "A family plan is made at a meeting: the meeting has not been recorded as held.");
        if (await db.FamilyPlans.AnyAsync(p => p.MeetingId == meeting.MeetingId, ct))
            return Problems.Conflict("The meeting's plan has already been recorded.", "Change it by revising the plan.", "plan");
        var today = LondonClock.Today(time);
        if (PlanDatesRule.Check(request.AgreedOn!.Value, request.ReviewDue!.Value, meeting.HeldOn, today) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        var now = time.GetUtcNow();
        var plan = FamilyPlan.Agree(Guid.CreateVersion7(now), found, request.AgreedOn.Value, FamilyPlanRules.Safeguards(request),
            request.LocalAuthorityAgrees!.Value, request.LocalAuthorityDecisionBy!, request.ReviewDue.Value, now);
        db.FamilyPlans.Add(plan);
        outbox.Add(Agreed(plan));
        await db.SaveChangesAsync(ct); // a racing second plan for the meeting fails on the unique meeting id: 409
        return TypedResults.Created($"/api/familynetworks/plans/{plan.Id}", FamilyPlanView.From(plan, today));
    }

    /// <summary>Plans by child or referral and status; <c>reviewDue=today-or-overdue</c> lists active plans whose review date is today or past.</summary>
    public static async Task<Results<Ok<List<FamilyPlanView>>, ValidationProblem>> ListPlans(
        string? laChildId, Guid? referralId, string? status, string? reviewDue, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        string[] statuses = [FamilyPlanStatus.Active, FamilyPlanStatus.Ended];
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !statuses.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", statuses)}."];
        if (reviewDue is not null && reviewDue != ReviewDueTodayOrPast) errors["reviewDue"] = [$"The review filter must be: {ReviewDueTodayOrPast}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var today = LondonClock.Today(time);
        var query = db.FamilyPlans.AsNoTracking();
        if (laChildId is not null) query = query.Where(p => p.LaChildId == laChildId);
        if (referralId is { } id) query = query.Where(p => p.ReferralId == id);
        if (status is not null) query = query.Where(p => p.Status == status);
        // Only an active plan is reviewed (PlanReviewRule.IsDue, as SQL).
        if (reviewDue is not null) query = query.Where(p => p.Status == FamilyPlanStatus.Active && p.ReviewDue <= today);
        var list = await query.OrderBy(p => p.ReviewDue).ThenBy(p => p.CreatedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(p => FamilyPlanView.From(p, today)).ToList());
    }

    public static async Task<Results<Ok<FamilyPlanView>, ProblemHttpResult>> GetPlan(Guid id, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = await db.FamilyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? Problems.NotFound("family plan", id) : TypedResults.Ok(FamilyPlanView.From(found, LondonClock.Today(time)));
    }

    /// <summary>A review that keeps the plan as it is and sets the next review date.</summary>
    public static async Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> ReviewPlan(
        Guid id, PlanReviewRequest request, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = FamilyPlanRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var plan = await db.FamilyPlans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("family plan", id);
        if (plan.Status != FamilyPlanStatus.Active) return Ended();
        var today = LondonClock.Today(time);
        if (PlanReviewRule.Check(plan, request.ReviewedOn!.Value, request.NextReviewDue!.Value, today) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        plan.Review(new FamilyPlanReview(request.ReviewedOn.Value, request.ReviewedBy!, request.NextReviewDue.Value, request.Notes?.Trim(), time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(FamilyPlanView.From(plan, today));
    }

    /// <summary>
    /// A new version of the plan (after a review or a change in the family), announced again with
    /// <see cref="FamilyPlanAgreed"/> and the new version number. A revision of a stale version answers 409.
    /// </summary>
    public static async Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> RevisePlan(
        Guid id, PlanRevisionRequest request, FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = FamilyPlanRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var plan = await db.FamilyPlans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("family plan", id);
        if (plan.Status != FamilyPlanStatus.Active) return Ended();
        if (request.RevisesVersion != plan.Version)
            return Problems.Conflict("The plan has changed.", $"The plan is at version {plan.Version}: read it again before revising.", "revisesVersion");
        var today = LondonClock.Today(time);
        if (PlanDatesRule.Check(request.AgreedOn!.Value, request.ReviewDue!.Value, plan.AgreedOn, today) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        plan.Revise(request.AgreedOn.Value, FamilyPlanRules.Safeguards(request.Plan), request.LocalAuthorityAgrees!.Value, request.LocalAuthorityDecisionBy!, request.ReviewDue.Value);
        outbox.Add(Agreed(plan));
        await db.SaveChangesAsync(ct); // a racing revision fails on the row version: 409
        return TypedResults.Ok(FamilyPlanView.From(plan, today));
    }

    public static async Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> EndPlan(
        Guid id, PlanEndRequest request, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = FamilyPlanRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var plan = await db.FamilyPlans.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound("family plan", id);
        if (plan.Status != FamilyPlanStatus.Active) return Ended();
        var today = LondonClock.Today(time);
        if (PlanEndRule.Check(plan, request.EndedOn!.Value, today) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        plan.End(new FamilyPlanEnding(request.EndedOn.Value, request.Reason!, request.EndedBy!, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(FamilyPlanView.From(plan, today));
    }

    private static ProblemHttpResult Ended() =>
        Problems.Conflict("The plan has ended.", "An ended plan is not reviewed, revised or ended again.", "status");

    private static FamilyPlanAgreed Agreed(FamilyPlan p) =>
        new(p.Id, p.MeetingId, p.ReferralId, p.LaChildId, p.AgreedOn, p.Safeguards.Count, p.LocalAuthorityAgrees, p.ReviewDue, p.Version);
}
