using Macpt.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence;

/// <summary>
/// The Idempotency-Key of a POST that creates something: the key and a fingerprint of the body are stored with
/// the new record, so a resubmission answers the first record again and a reused key with another body is refused.
/// One way for every service (the table comes from <see cref="ModelBuilderExtensions.AddIdempotencyRecords"/>).
/// </summary>
public sealed class IdempotentCreation<TContext>(TContext db, TimeProvider time) where TContext : DbContext
{
    public async Task<IdempotentEarlier?> FindAsync<TRequest>(string scope, string key, TRequest request, CancellationToken ct)
    {
        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        var earlier = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        if (earlier is null) return null;
        return earlier.RequestHash == fingerprint ? new IdempotentEarlier.Replay(Guid.Parse(earlier.ResourceId)) : new IdempotentEarlier.KeyReused();
    }

    /// <summary>Adds the key to the unit of work; a racing twin then fails on the key (409 from the problem mapper).</summary>
    public void Record<TRequest>(string scope, string key, TRequest request, Guid resourceId) =>
        db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
        {
            Scope = scope, Key = key, RequestHash = IdempotencyKey.Fingerprint(request, MacptJson.Options),
            ResourceId = resourceId.ToString(), CreatedAt = time.GetUtcNow(),
        });
}

/// <summary>What an earlier request under the same key left: the same body (answer its record) or another body.</summary>
public abstract record IdempotentEarlier
{
    public sealed record Replay(Guid ResourceId) : IdempotentEarlier;
    public sealed record KeyReused : IdempotentEarlier;
}
