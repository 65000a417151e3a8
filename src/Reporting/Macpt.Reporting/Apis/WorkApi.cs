using Macpt.Persistence;
using Macpt.Reporting.Apis.Validation;
using Macpt.Reporting.Domain;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Apis;

/// <summary>
/// The morning work list: every open statutory duty across the services, soonest due first. A partner agency sees only
/// the items that are its own (its checks, disagreements raised by or about it); the local authority sees all.
/// </summary>
public static class WorkApi
{
    public static IEndpointRouteBuilder MapWorkApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reporting/work", ListWork).WithTags("Work list").WithName("ListWork").RequireAuthorization(AccessPolicies.WorkList);
        return app;
    }

    /// <summary>Open items by due date (none last), then kind, then source; <c>due</c> narrows to overdue, today or this week.</summary>
    public static async Task<Results<Ok<Paged<WorkItemView>>, ValidationProblem>> ListWork(
        [AsParameters] WorkQuery query, [AsParameters] PageQuery page, [AsParameters] ReportingServices s, CancellationToken ct)
    {
        var errors = WorkQueryValidation.Check(query, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = s.Today();
        var due = DueFilter.For(query.Due, today);
        var items = s.Db.WorkItems.AsNoTracking().Where(i => i.ClosedOn == null);
        if (!due.IsNone) items = items.Where(i => i.DueBy >= due.From && i.DueBy <= due.To);
        if (s.Actor.IsPartner) items = items.Where(i => i.Agencies.Contains(s.Actor.Agency));
        var page1 = await items.OrderBy(i => i.DueBy == null).ThenBy(i => i.DueBy).ThenBy(i => i.Kind).ThenBy(i => i.SourceId).ThenBy(i => i.Key).ToPageAsync(page, ct);
        return TypedResults.Ok(page1.Select(i => WorkItemView.From(i, today)));
    }
}
