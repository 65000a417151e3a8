using Macpt.Contracts;
using Macpt.Reporting.Domain;
using Macpt.Reporting.Domain.Projection;
using Macpt.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Application;

/// <summary>
/// Stores an event and projects again, from all the child's stored events, everything reporting shows of that child.
/// The rows are brought to what the projection says (added, changed or removed one by one), so projecting the same
/// events again writes nothing and the audit log records only real changes. A per-child advisory lock, held to the
/// end of the transaction, serialises the child's events across replicas: each projection sees every event committed
/// before it.
/// </summary>
public sealed class ChildReprojection(ReportingDbContext db, ChildProjector projector, TimeProvider time)
{
    /// <summary>Stores a received event and projects its children again (in the consumer's transaction).</summary>
    public async Task ReceiveAsync(object message, Guid messageId, CancellationToken ct)
    {
        var children = EventChildren.Of(message).Order(StringComparer.Ordinal).ToList();
        foreach (var child in children) await LockAsync(child, ct);
        db.Events.Add(new ReceivedEvent
        {
            MessageId = messageId, Contract = ContractTypes.NameOf(message.GetType()), LaChildId = children.FirstOrDefault(),
            LaChildIds = children, Body = StoredEvents.Serialize(message), ReceivedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        foreach (var child in children) await ProjectAsync(child, ct);
    }

    /// <summary>Projects one child again from its stored events (in the caller's transaction, under the child's lock).</summary>
    public async Task ProjectAsync(string laChildId, CancellationToken ct)
    {
        await LockAsync(laChildId, ct);
        var stored = await db.Events.AsNoTracking().Where(e => e.LaChildIds.Contains(laChildId)).OrderBy(e => e.ReceivedOrder)
            .Select(e => new { e.Contract, e.Body }).ToListAsync(ct);
        var projection = projector.Project(laChildId, stored.Select(e => StoredEvents.Deserialize(e.Contract, e.Body)).OfType<object>());

        await SyncAsync(db.TimelineSteps, laChildId, projection.Steps, s => s.Key, ct);
        await SyncAsync(db.WorkItems, laChildId, projection.WorkItems, i => i.Key, ct);
        await SyncAsync(db.Referrals, laChildId, projection.Referrals, r => r.ReferralId.ToString(), ct);
        await SyncAsync(db.InitialConferences, laChildId, projection.InitialConferences, c => c.ConferenceId.ToString(), ct);
        await SyncAsync(db.Reviews, laChildId, projection.Reviews, r => r.ConferenceId.ToString(), ct);
        await SyncAsync(db.Plans, laChildId, projection.Plans, p => p.PlanId.ToString(), ct);
    }

    private Task LockAsync(string laChildId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"reporting-child:" + laChildId}))", ct);

    /// <summary>Makes the child's stored rows equal to the projected ones: unchanged rows are left alone.</summary>
    private async Task SyncAsync<T>(DbSet<T> set, string laChildId, IReadOnlyList<T> projected, Func<T, string> key, CancellationToken ct) where T : class
    {
        var existing = await set.Where(r => EF.Property<string>(r, "LaChildId") == laChildId).ToDictionaryAsync(key, StringComparer.Ordinal, ct);
        var wanted = projected.ToDictionary(key, StringComparer.Ordinal);
        foreach (var (k, row) in existing)
        {
            if (wanted.TryGetValue(k, out var next)) db.Entry(row).CurrentValues.SetValues(next);
            else set.Remove(row);
        }
        foreach (var (k, row) in wanted) if (!existing.ContainsKey(k)) set.Add(row);
    }
}
