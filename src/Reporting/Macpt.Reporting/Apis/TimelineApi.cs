using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Apis;

/// <summary>
/// One child's history across the five services, oldest first, each step with its deadline and whether it was met.
/// A partner agency sees only the steps it is part of, and a child it is part of none of is not found (404), so that
/// the child's record does not leak. Each read is audited (the steps loaded name the child).
/// </summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/children/{laChildId}/timeline", GetTimeline).WithTags("Timeline").WithName("GetTimeline")
            .RequireAuthorization(AccessPolicies.Timeline);
        return app;
    }

    /// <summary>The child's steps by date, then time where known, then the fixed order of kinds, then source.</summary>
    public static async Task<Results<Ok<Paged<TimelineStepView>>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        string laChildId, [AsParameters] PageQuery page, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", laChildId);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var steps = s.Db.TimelineSteps.AsNoTracking().Where(t => t.LaChildId == laChildId);
        if (s.Actor.IsPartner) steps = steps.Where(t => t.Agencies.Contains(s.Actor.Agency));
        var found = await steps.OrderBy(t => t.On).ThenBy(t => t.At == null).ThenBy(t => t.At).ThenBy(t => t.KindOrder).ThenBy(t => t.SourceId).ThenBy(t => t.Key)
            .ToPageAsync(page, ct);
        if (found.Total == 0) return Problems.NotFound("child", laChildId);
        var today = s.Today();
        return TypedResults.Ok(found.Select(t => TimelineStepView.From(t, today)));
    }
}
