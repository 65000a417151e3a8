using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Conferences.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Validation;
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
    private static readonly IReadOnlyList<string> Statuses = [PlanStatus.Active, PlanStatus.Ended];
    private static readonly IReadOnlyList<string> Dues = [Due, Overdue];

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conferences/plans").WithTags("Child protection plans");
        api.MapGet("/", ListPlans).WithName("ListPlans");
        api.MapGet("/{id:guid}", GetPlan).WithName("GetPlan");
        api.MapPost("/{id:guid}/core-groups", RecordCoreGroup).WithName("RecordCoreGroupMeeting");
        api.MapPost("/{id:guid}/ending", End).WithName("EndPlan");
        return app;
    }

    public sealed record PlanFilter(string? LaChildId, string? Status, string? Review, string? CoreGroup);

    /// <summary>
    /// Plans, oldest first: for one child (their whole history), by status, and active plans whose review
    /// conference or core group is <c>due</c> (within 10 working days) or <c>overdue</c> (its date has passed).
    /// </summary>
    public static async Task<Results<Ok<Paged<PlanView>>, ValidationProblem>> ListPlans(
        [AsParameters] PlanFilter filter, [AsParameters] PageQuery page, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("status", filter.Status, Statuses);
        errors.OptionalOneOf("review", filter.Review, Dues);
        errors.OptionalOneOf("coreGroup", filter.CoreGroup, Dues);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);

        var today = s.Today;
        var horizon = s.Calendar.AddWorkingDays(today, DueWithinWorkingDays);
        var query = s.Db.Plans.AsNoTracking();
        if (filter.LaChildId is { } child) query = query.Where(p => p.LaChildId == child);
        if (filter.Status is { } status) query = query.Where(p => p.Status == status);
        query = filter.Review switch
        {
            Due => query.Where(p => p.NextReviewDue >= today && p.NextReviewDue <= horizon),
            Overdue => query.Where(p => p.NextReviewDue < today),
            _ => query,
        };
        query = filter.CoreGroup switch
        {
            Due => query.Where(p => p.NextCoreGroupDue >= today && p.NextCoreGroupDue <= horizon),
            Overdue => query.Where(p => p.NextCoreGroupDue < today),
            _ => query,
        };
        var ordered = filter.Review is not null ? query.OrderBy(p => p.NextReviewDue)
            : filter.CoreGroup is not null ? query.OrderBy(p => p.NextCoreGroupDue)
            : query.OrderBy(p => p.StartDate);
        return TypedResults.Ok((await ordered.ThenBy(p => p.Id).ToPageAsync(page, ct)).Select(PlanView.From));
    }

    public static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetPlan(Guid id, ConferencesDbContext db, CancellationToken ct)
    {
        var found = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? Problems.NotFound("plan", id) : TypedResults.Ok(PlanView.From(found));
    }

    /// <summary>Records a core group meeting; the next is due after the local interval (<see cref="CoreGroupCadence"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> RecordCoreGroup(
        Guid id, CoreGroupMeetingRequest request, IOptions<CoreGroupCadence> cadence, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = CoreGroupMeetingValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p => { p.RecordCoreGroup(request.ToMeeting(s.Time.GetUtcNow()), cadence.Value); return Task.CompletedTask; }, ct);
    }

    /// <summary>Ends a plan outside a review conference (<see cref="EndPlan"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> End(
        Guid id, EndPlanRequest request, EndPlan end, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = EndPlanValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p => end.RunAsync(p, request.EndDate!.Value, request.ToDecision(), request.RecordedBy!, ct), ct);
    }
}
