using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Infrastructure;

/// <summary>
/// Serialises, across replicas, the work that matches a child's parents to the child's episodes: without it a
/// parent registered while a triggering event is being applied could be missed by both (each seeing the
/// other's row not yet committed). A transaction-scoped PostgreSQL advisory lock; it needs an open transaction.
/// </summary>
public static class ChildLock
{
    public static async Task AcquireAsync(AdvocacyDbContext db, string laChildId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The child lock needs a transaction.");
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"advocacy-child:" + laChildId}))", ct);
    }
}
