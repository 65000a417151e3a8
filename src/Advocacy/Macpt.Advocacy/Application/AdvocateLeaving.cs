using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The advocate leaves: their departure is recorded once (<see cref="Advocate.Leave"/>) and every allocation ends
/// (<c>AdvocacyEnded</c>, advocate-left) in one transaction; the parents then need another advocate.
/// </summary>
public sealed class AdvocateLeaving(AdvocacyDbContext db, AllocationEnding ending, TimeProvider time)
{
    /// <returns>The allocations ended.</returns>
    public async Task<IReadOnlyList<Allocation>> RunAsync(Advocate advocate, DateOnly leftOn, CancellationToken ct)
    {
        advocate.Leave(leftOn);
        var active = await db.Allocations.Where(a => a.AdvocateId == advocate.Id && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.AdvocateLeft, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct); // a racing allocation to this advocate fails on the row version: 409
        return active;
    }
}
