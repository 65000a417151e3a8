using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Cin;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
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
    public const string RegisterScope = "advocacy.parents.register";

    public static IEndpointRouteBuilder MapParentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/parents").WithTags("Parents");
        api.MapPost("/", RegisterParent).WithName("RegisterParent");
        api.MapGet("/", ListParents).WithName("ListParents");
        api.MapGet("/{id:guid}", GetParent).WithName("GetParent");
        api.MapPost("/conflicts", RecordConflict).WithName("RecordParentConflict");
        return app;
    }

    /// <summary>
    /// Registers a parent of a child. If the child has an open episode the parent is offered an advocate at once
    /// (<c>AdvocacyOffered</c>), in the same transaction. Idempotent on the Idempotency-Key.
    /// </summary>
    public static async Task<Results<Created<ParentView>, ValidationProblem, ProblemHttpResult>> RegisterParent(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey,
        RegisterParentRequest request, AdvocacyDbContext db, LegacyIdempotentCreation<AdvocacyDbContext> idempotency, AdvocacyOffers offers,
        TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return IdempotencyAnswers.MissingKey();
        var errors = ParentRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        switch (await idempotency.FindAsync(RegisterScope, idempotencyKey!, request, ct))
        {
            case IdempotentEarlier.KeyReused: return IdempotencyAnswers.KeyReused();
            case IdempotentEarlier.Replay replay:
                response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/advocacy/parents/{replay.ResourceId}", await ViewAsync(db, replay.ResourceId, ct));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, request.LaChildId!, ct);
        var now = time.GetUtcNow();
        var parent = Parent.Register(Guid.CreateVersion7(now), request.LaChildId!, request.Name!.Trim(), request.Relationship!, request.Language!,
            request.InterpreterNeeded ?? false, request.ContactPreferences!.Select(c => c!), request.Phone?.Trim(), request.Email?.Trim(),
            request.Address?.Trim(), request.RegisteredBy!, now);
        db.Parents.Add(parent);
        await offers.OfferToNewParentAsync(parent, ct);
        idempotency.Record(RegisterScope, idempotencyKey!, request, parent.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/advocacy/parents/{parent.Id}", await ViewAsync(db, parent.Id, ct));
    }

    /// <summary>The parents registered for a child, with the conflicts between them and their offers.</summary>
    public static async Task<Results<Ok<List<ParentView>>, ValidationProblem>> ListParents(string? laChildId, AdvocacyDbContext db, CancellationToken ct)
    {
        if (!LaChildId.IsValid(laChildId)) return Problems.Invalid("laChildId", "The child's LA id is required: letters and digits.");
        var parents = await db.Parents.AsNoTracking().Where(p => p.LaChildId == laChildId).OrderBy(p => p.RegisteredAt).ToListAsync(ct);
        var views = new List<ParentView>();
        foreach (var p in parents) views.Add(await ViewAsync(db, p, ct));
        return TypedResults.Ok(views);
    }

    public static async Task<Results<Ok<ParentView>, ProblemHttpResult>> GetParent(Guid id, AdvocacyDbContext db, CancellationToken ct)
    {
        var parent = await db.Parents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return parent is null ? Problems.NotFound("parent", id) : TypedResults.Ok(await ViewAsync(db, parent, ct));
    }

    /// <summary>
    /// Records that two parents of a child are in conflict: from then on one advocate never serves both. Refused
    /// (422) while one advocate already acts for both: re-allocate one of them first.
    /// </summary>
    public static async Task<Results<Created<ConflictView>, ValidationProblem, ProblemHttpResult>> RecordConflict(
        RecordConflictRequest request, AdvocacyDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = ParentRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var ids = new[] { request.FirstParentId!.Value, request.SecondParentId!.Value };
        var parents = await db.Parents.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var id in ids)
            if (parents.All(p => p.Id != id)) return Problems.NotFound("parent", id);
        if (parents.Select(p => p.LaChildId).Distinct().Count() > 1)
            return Problems.Unprocessable("secondParentId", "The two parents are registered for different children; a conflict is recorded within one family.");

        var laChildId = parents[0].LaChildId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, laChildId, ct);
        var conflict = ParentConflict.Between(Guid.CreateVersion7(time.GetUtcNow()), laChildId, ids[0], ids[1], request.RecordedBy!, time.GetUtcNow());
        if (await db.ParentConflicts.AnyAsync(c => c.FirstParentId == conflict.FirstParentId && c.SecondParentId == conflict.SecondParentId, ct))
            return Problems.Conflict("The conflict is already recorded.", "These two parents are already recorded as in conflict.", "secondParentId");
        var sharedAdvocate = await db.Allocations.Where(a => a.EndedAt == null && ids.Contains(a.ParentId))
            .GroupBy(a => a.AdvocateId).AnyAsync(g => g.Select(a => a.ParentId).Distinct().Count() > 1, ct);
        if (sharedAdvocate)
            return Problems.Unprocessable("secondParentId", "One advocate acts for both parents; end one allocation and re-allocate before recording the conflict.");
        db.ParentConflicts.Add(conflict);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/advocacy/parents/{conflict.FirstParentId}", ConflictView.From(conflict));
    }

    internal static async Task<ParentView> ViewAsync(AdvocacyDbContext db, Guid id, CancellationToken ct) =>
        await ViewAsync(db, await db.Parents.AsNoTracking().SingleAsync(p => p.Id == id, ct), ct);

    private static async Task<ParentView> ViewAsync(AdvocacyDbContext db, Parent parent, CancellationToken ct)
    {
        var conflicts = await db.ParentConflicts.AsNoTracking().Where(c => c.FirstParentId == parent.Id || c.SecondParentId == parent.Id).ToListAsync(ct);
        var offers = await OffersApi.ViewsAsync(db, db.Offers.AsNoTracking().Where(o => o.ParentId == parent.Id), ct);
        return ParentView.From(parent, conflicts, offers);
    }
}
