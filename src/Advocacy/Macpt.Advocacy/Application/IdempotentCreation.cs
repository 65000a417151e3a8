using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The Idempotency-Key of a POST that creates something: the key and a fingerprint of the body are stored with
/// the new record, so a resubmission answers the first record again and a reused key with another body is refused.
/// </summary>
public sealed class IdempotentCreation(AdvocacyDbContext db, TimeProvider time)
{
    public abstract record Earlier;
    public sealed record Replay(Guid ResourceId) : Earlier;
    public sealed record KeyReused : Earlier;

    public async Task<Earlier?> FindAsync<TRequest>(string scope, string key, TRequest request, CancellationToken ct)
    {
        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        var earlier = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        if (earlier is null) return null;
        return earlier.RequestHash == fingerprint ? new Replay(Guid.Parse(earlier.ResourceId)) : new KeyReused();
    }

    /// <summary>Adds the key to the unit of work; a racing twin then fails on the key (409 from the problem mapper).</summary>
    public void Record<TRequest>(string scope, string key, TRequest request, Guid resourceId) =>
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = scope, Key = key, RequestHash = IdempotencyKey.Fingerprint(request, MacptJson.Options),
            ResourceId = resourceId.ToString(), CreatedAt = time.GetUtcNow(),
        });
}
