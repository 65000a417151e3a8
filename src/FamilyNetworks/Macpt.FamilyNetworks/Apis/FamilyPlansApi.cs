using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Apis.Validation;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
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
        app.MapPost("/api/familynetworks/requests/{id:guid}/plan", AgreePlan).WithTags("Family plans").WithName("AgreeFamilyPlan")
            .RequireAuthorization(AccessPolicies.FamilyNetworks);
        var api = app.MapGroup("/api/familynetworks/plans").WithTags("Family plans").RequireAuthorization(AccessPolicies.FamilyNetworks);
        api.MapGet("/", ListPlans).WithName("ListFamilyPlans");
        api.MapGet("/{id:guid}", GetPlan).WithName("GetFamilyPlan");
        api.MapPost("/{id:guid}/reviews", ReviewPlan).WithName("ReviewFamilyPlan");
        api.MapPost("/{id:guid}/revisions", RevisePlan).WithName("ReviseFamilyPlan");
        api.MapPost("/{id:guid}/end", EndPlan).WithName("EndFamilyPlan");
        return app;
    }

    /// <summary>Records the plan made at the meeting (one per meeting; later changes are revisions).</summary>
    public static async Task<Results<Created<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> AgreePlan(
        Guid id, PlanRequest request, AgreeFamilyPlan agree, [AsParameters] FamilyNetworksServices s, CancellationToken ct)
    {
        var errors = AgreePlanValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var found = await s.Db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return MeetingRequestsApi.NotFound(id);
        var plan = await agree.RunAsync(found, request.ToTerms(s.ActorId), s.Now(), s.Today(), ct);
        await s.Db.SaveChangesAsync(ct); // a racing second plan for the meeting fails on the unique meeting id: 409
        return TypedResults.Created($"/api/familynetworks/plans/{plan.Id}", FamilyPlanView.From(plan, s.Today()));
    }

    /// <summary>Plans (<see cref="FamilyPlansQuery"/>), the soonest review first, a page at a time.</summary>
    public static async Task<Results<Ok<Paged<FamilyPlanView>>, ValidationProblem>> ListPlans(
        [AsParameters] FamilyPlansQuery query, [AsParameters] PageQuery page, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = ListFamilyPlansValidation.Check(query, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = LondonClock.Today(time);
        var found = await query.Filter(db.FamilyPlans.AsNoTracking(), today)
            .OrderBy(p => p.ReviewDue).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(p => FamilyPlanView.From(p, today)));
    }

    public static async Task<Results<Ok<FamilyPlanView>, ProblemHttpResult>> GetPlan(Guid id, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = await db.FamilyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? NotFound(id) : TypedResults.Ok(FamilyPlanView.From(found, LondonClock.Today(time)));
    }

    /// <summary>A review that keeps the plan as it is and sets the next review date.</summary>
    public static Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> ReviewPlan(
        Guid id, PlanReviewRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, ReviewPlanValidation.Check(request), s, p => p.Review(request.ToReview(s.ActorId, s.Now()), s.Today()), ct);

    /// <summary>
    /// A new version of the plan (after a review or a change in the family), announced again with
    /// <see cref="FamilyPlanAgreed"/> and the new version number. A revision of a stale version answers 409.
    /// </summary>
    public static Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> RevisePlan(
        Guid id, PlanRevisionRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RevisePlanValidation.Check(request), s, p =>
        {
            p.Revise(request.RevisesVersion!.Value, request.Plan.ToTerms(s.ActorId), s.Today());
            s.Outbox.Add(AgreeFamilyPlan.Announce(p));
        }, ct);

    public static Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> EndPlan(
        Guid id, PlanEndRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, EndPlanValidation.Check(request), s, p => p.End(request.ToEnding(s.ActorId, s.Now()), s.Today()), ct);

    private static Task<Results<Ok<FamilyPlanView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, RequestErrors errors, FamilyNetworksServices s, Action<FamilyPlan> change, CancellationToken ct) =>
        s.ChangeAsync(id, errors, change, p => FamilyPlanView.From(p, s.Today()), Resource, ct);

    private const string Resource = "family plan";
    private static ProblemHttpResult NotFound(Guid id) => Problems.NotFound(Resource, id);
}
