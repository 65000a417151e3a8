using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// The parent withdraws consent: the offer is closed and any advocate stops acting in the same transaction
/// (<c>AdvocacyEnded</c>, consent-withdrawn), freeing the advocate's place. Decided under the family's
/// <see cref="ChildLock"/>, one at a time with allocations, so no advocate is allocated to a withdrawn offer.
/// </summary>
public sealed class WithdrawConsent(AdvocacyDbContext db, AllocationEnding ending, TimeProvider time)
{
    public async Task RunAsync(Guid offerId, string laChildId, string recordedBy, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, laChildId, ct);
        var offer = await db.Offers.SingleAsync(o => o.Id == offerId, ct);
        var now = time.GetUtcNow();
        offer.WithdrawConsent(now, recordedBy);
        var active = await db.Allocations.Where(a => a.OfferId == offerId && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.ConsentWithdrawn, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
