using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>
/// Parents and others with parental responsibility, registered per child by practitioners: their details stay
/// in this service, and events know them only by id.
/// </summary>
public static class ParentsApi
{
    public static IEndpointRouteBuilder MapParentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/parents").WithTags("Parents").RequireAuthorization(AccessPolicies.Advocacy);
        api.MapPost("/", RegisterParent).WithName("RegisterParent");
        api.MapGet("/", ListParents).WithName("ListParents");
        api.MapGet("/{id:guid}", GetParent).WithName("GetParent");
        api.MapPost("/conflicts", RecordConflict).WithName("RecordParentConflict");
        return app;
    }

    /// <summary>
    /// Registers a parent of a child (<see cref="Application.RegisterParent"/>): offered an advocate at once for each open
    /// episode. 201; the same key and body again 200 with <c>Idempotent-Replayed: true</c>; the key with another body 409.
    /// </summary>
    public static async Task<Results<Created<ParentView>, Ok<ParentView>, ValidationProblem, ProblemHttpResult>> RegisterParent(
        [AsParameters] IdempotentRequest idempotency, RegisterParentRequest request,
        [AsParameters] AdvocacyServices s, RegisterParent registration, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = RegisterParentValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await registration.RunAsync(idempotency.Key!, request, s.ActorId, ct).SelectAsync(id => ViewQueries.ParentAsync(s.Db, id, ct));
        return outcome.ToResult(idempotency.Response, p => $"/api/advocacy/parents/{p.Id}");
    }

    /// <summary>The parents registered for a child, first registered first, with the conflicts between them and their offers.</summary>
    public static async Task<Results<Ok<Paged<ParentView>>, ValidationProblem>> ListParents(
        string? laChildId, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", laChildId);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var parents = await s.Db.Parents.AsNoTracking().Where(p => p.LaChildId == laChildId).OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).ToPageAsync(page, ct);
        var views = new List<ParentView>();
        foreach (var p in parents.Items) views.Add(await ViewQueries.ParentAsync(s.Db, p, ct));
        return TypedResults.Ok(new Paged<ParentView>(views, parents.Page, parents.PageSize, parents.Total));
    }

    public static async Task<Results<Ok<ParentView>, ProblemHttpResult>> GetParent(Guid id, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var parent = await s.Db.Parents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return parent is null ? Problems.NotFound("parent", id) : TypedResults.Ok(await ViewQueries.ParentAsync(s.Db, parent, ct));
    }

    /// <summary>
    /// Records that two parents of a child are in conflict (<see cref="RecordParentConflict"/>): from then on one advocate
    /// never serves both. Refused (422) while one advocate acts for both, or for parents of different children; 409 when recorded already.
    /// </summary>
    public static async Task<Results<Created<ConflictView>, ValidationProblem, ProblemHttpResult>> RecordConflict(
        RecordConflictRequest request, [AsParameters] AdvocacyServices s, RecordParentConflict recording, CancellationToken ct)
    {
        var errors = RecordConflictValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var ids = new[] { request.FirstParentId!.Value, request.SecondParentId!.Value };
        var parents = await s.Db.Parents.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        if (ids.FirstOrDefault(id => !parents.ContainsKey(id)) is var missing && missing != Guid.Empty) return Problems.NotFound("parent", missing);
        var conflict = await recording.RunAsync(parents[ids[0]], parents[ids[1]], s.ActorId, ct);
        return TypedResults.Created($"/api/advocacy/parents/{conflict.FirstParentId}", ConflictView.From(conflict));
    }
}
