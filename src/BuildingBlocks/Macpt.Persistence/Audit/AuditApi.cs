using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence.Audit;

/// <summary>
/// <c>GET /api/&lt;service&gt;/audit</c>: who read or changed a child's records, for auditors only. The query
/// is itself a request like any other, so the auditor's own reading is audited.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi<TContext>(this IEndpointRouteBuilder app, string service) where TContext : DbContext
    {
        app.MapGet($"/api/{service}/audit", ListAudit<TContext>).WithName($"List{service}Audit").WithTags("Audit")
            .RequireAuthorization(AccessPolicies.Audit);
        return app;
    }

    public sealed record AuditQuery(
        [FromQuery(Name = "laChildId")] string? LaChildId,
        [FromQuery(Name = "actor")] string? Actor,
        [FromQuery(Name = "from")] DateTimeOffset? From,
        [FromQuery(Name = "to")] DateTimeOffset? To);

    public static async Task<Results<Ok<Paged<AuditEntry>>, ValidationProblem>> ListAudit<TContext>(
        [AsParameters] AuditQuery query, [AsParameters] PageQuery page, TContext db, CancellationToken ct) where TContext : DbContext
    {
        var errors = new RequestErrors();
        page.Check(errors);
        errors.OptionalText("laChildId", query.LaChildId, 40);
        errors.OptionalText("actor", query.Actor, 100);
        if (query.From is { } f && query.To is { } t && t < f) errors.Add("to", "Must not be before from.");
        if (!errors.IsValid) return Problems.Invalid(errors);

        var rows = db.Set<AuditEntry>().AsNoTracking();
        if (query.LaChildId is { Length: > 0 } child) rows = rows.Where(a => a.LaChildId == child || a.LaChildIds.Contains(child));
        if (query.Actor is { Length: > 0 } actor) rows = rows.Where(a => a.ActorId == actor || a.ClientId == actor);
        if (query.From is { } from) rows = rows.Where(a => a.At >= from.ToUniversalTime());
        if (query.To is { } to) rows = rows.Where(a => a.At < to.ToUniversalTime());
        return TypedResults.Ok(await rows.OrderBy(a => a.At).ThenBy(a => a.Id).ToPageAsync(page, ct));
    }
}
