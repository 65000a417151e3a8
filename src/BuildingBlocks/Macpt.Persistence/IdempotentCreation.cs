using Macpt.Rules;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using HttpResults = Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Persistence;

/// <summary>
/// The one idempotency path for a POST that creates something under an <c>Idempotency-Key</c>. The key, the
/// caller and a fingerprint of the body are stored in the same transaction as the new record, so:
/// the first request answers 201; the same key and body again (or a twin racing it) answers 200 with
/// <c>Idempotent-Replayed: true</c> and the same body; the same key with another body answers 409.
/// The key's scope is the operation and the caller, so two callers' keys never collide.
/// </summary>
public sealed class IdempotentCreation<TContext>(TContext db, TimeProvider time, IHttpContextAccessor http) where TContext : DbContext
{
    /// <summary>
    /// Runs <paramref name="create"/> once per key. It adds the new records (and their outbox events) to the
    /// context without saving and returns the new resource's id and answer; this saves them with the key.
    /// <paramref name="replay"/> rebuilds the answer from the stored id. A null key (where the key is
    /// optional) creates without a record.
    /// </summary>
    public async Task<Idempotent<T>> CreateAsync<TRequest, T>(string operation, string? key, TRequest request,
        Func<CancellationToken, Task<(string ResourceId, T Answer)>> create,
        Func<string, CancellationToken, Task<T>> replay,
        CancellationToken ct)
    {
        if (key is null)
        {
            var (_, answer) = await create(ct);
            await db.SaveChangesAsync(ct);
            return new Idempotent<T>.Created(answer);
        }

        var scope = Scope(operation);
        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        if (await EarlierAsync(scope, key, fingerprint, replay, ct) is { } earlier) return earlier;

        try
        {
            var (resourceId, created) = await create(ct);
            db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
            {
                Scope = scope,
                Key = key,
                RequestHash = fingerprint,
                ResourceId = resourceId,
                CreatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            return new Idempotent<T>.Created(created);
        }
        catch (Exception e) when (e is RuleBrokenException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // A twin with the same key may have committed after our look-up, so that its record broke one of our
            // rules (one pending discussion per child) or unique indexes (the key's own, one conference per
            // enquiry). Nothing of ours was stored: if the twin's key is there now, answer its replay.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(scope, key, fingerprint, replay, ct) is { } raced) return raced;
            throw;
        }
    }

    private async Task<Idempotent<T>?> EarlierAsync<T>(string scope, string key, string fingerprint,
        Func<string, CancellationToken, Task<T>> replay, CancellationToken ct)
    {
        var earlier = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        if (earlier is null) return null;
        if (earlier.RequestHash != fingerprint) return new Idempotent<T>.KeyReused();
        return new Idempotent<T>.Replayed(await replay(earlier.ResourceId, ct));
    }

    /// <summary>The operation and who asked: the gateway's caller id, else the agency.</summary>
    private string Scope(string operation)
    {
        var context = http.HttpContext;
        var caller = context is not null && Macpt.ServiceDefaults.Security.Actor.From(context.User) is { } actor ? $"{actor.ClientId}/{actor.Id}" : "-";
        var scope = $"{operation}|{caller}";
        return scope.Length <= IdempotencyRecord.MaxScopeLength ? scope : $"{operation}|#{IdempotencyKey.Fingerprint(caller, MacptJson.Options)[..16]}";
    }
}

/// <summary>What a create under an idempotency key came to.</summary>
public abstract record Idempotent<T>
{
    public sealed record Created(T Answer) : Idempotent<T>;
    public sealed record Replayed(T Answer) : Idempotent<T>;
    public sealed record KeyReused : Idempotent<T>;

    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// 201 with its location, 200 marked as a replay, or 409 naming the header: typed as a create endpoint
    /// answers (with the 400 its request validation gives), so a handler returns it as it is.
    /// </summary>
    public Results<HttpResults.Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult> ToResult(HttpResponse response, Func<T, string> location)
    {
        switch (this)
        {
            case Created c:
                return TypedResults.Created(location(c.Answer), c.Answer);
            case Replayed r:
                response.Headers[ReplayedHeader] = "true";
                return TypedResults.Ok(r.Answer);
            default:
                return IdempotencyKey.Reused();
        }
    }
}

public static class IdempotentOutcomes
{
    /// <summary>
    /// Turns what a create made (its id, say) into its answer the same way for the first request and every replay
    /// (a view read from the store), so both carry the same body.
    /// </summary>
    public static async Task<Idempotent<TAnswer>> SelectAsync<T, TAnswer>(this Task<Idempotent<T>> creating, Func<T, Task<TAnswer>> answer) =>
        await creating switch
        {
            Idempotent<T>.Created c => new Idempotent<TAnswer>.Created(await answer(c.Answer)),
            Idempotent<T>.Replayed r => new Idempotent<TAnswer>.Replayed(await answer(r.Answer)),
            _ => new Idempotent<TAnswer>.KeyReused(),
        };
}
