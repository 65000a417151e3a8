using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Records that two parents of a child are in conflict: from then on one advocate never serves both. Decided under
/// the family's <see cref="ChildLock"/>, one at a time with allocations, with the rules that need the store:
/// <see cref="ConflictIsRecordedOnce"/> and <see cref="ConflictNeedsSeparateAdvocates"/>.
/// </summary>
public sealed class RecordParentConflict(AdvocacyDbContext db, TimeProvider time)
{
    public async Task<ParentConflict> RunAsync(Parent first, Parent second, string recordedBy, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, first.LaChildId, ct);
        var now = time.GetUtcNow();
        var conflict = ParentConflict.Between(Guid.CreateVersion7(now), first, second, recordedBy, now);
        var recorded = await db.ParentConflicts.AnyAsync(c => c.FirstParentId == conflict.FirstParentId && c.SecondParentId == conflict.SecondParentId, ct);
        var ids = new[] { first.Id, second.Id };
        var sharedAdvocate = await db.Allocations.Where(a => a.EndedAt == null && ids.Contains(a.ParentId))
            .GroupBy(a => a.AdvocateId).AnyAsync(g => g.Select(a => a.ParentId).Distinct().Count() > 1, ct);
        Rule.Check(new ConflictIsRecordedOnce(recorded), new ConflictNeedsSeparateAdvocates(sharedAdvocate));
        db.ParentConflicts.Add(conflict);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return conflict;
    }
}
