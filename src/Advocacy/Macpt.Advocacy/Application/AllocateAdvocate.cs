using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Outbox;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Allocates an advocate to a parent who accepted (<see cref="Allocation.Make"/> checks consent, the open episode, one
/// advocate at a time and capacity) and never to an advocate acting for a parent in conflict with this one
/// (<see cref="ConflictOfInterest"/>, judged on the family's conflicts). Conflicts, withdrawals and allocations of one
/// family are decided one at a time under the <see cref="ChildLock"/>; the advocate's row version settles a race for
/// their last place between families. <c>AdvocateAllocated</c> goes out with the allocation.
/// </summary>
public sealed class AllocateAdvocate(AdvocacyDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task<Allocation> RunAsync(Guid offerId, string laChildId, Advocate advocate, string allocatedBy, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ChildLock.AcquireAsync(db, laChildId, ct);
        var offer = await db.Offers.SingleAsync(o => o.Id == offerId, ct);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == offer.EpisodeId, ct);
        var hasActive = await db.Allocations.AnyAsync(a => a.OfferId == offerId && a.EndedAt == null, ct);
        var now = time.GetUtcNow();
        var allocation = Allocation.Make(Guid.CreateVersion7(now), offer, episode, hasActive, advocate, allocatedBy, now);
        var conflicts = await db.ParentConflicts.AsNoTracking().Where(c => c.FirstParentId == offer.ParentId || c.SecondParentId == offer.ParentId).ToListAsync(ct);
        var served = await db.Allocations.Where(a => a.AdvocateId == advocate.Id && a.EndedAt == null && a.LaChildId == offer.LaChildId)
            .Select(a => a.ParentId).ToListAsync(ct);
        Rule.Check(new ConflictOfInterest(offer.ParentId, conflicts, served));

        db.Allocations.Add(allocation);
        outbox.Add(new AdvocateAllocated(allocation.Id, offer.Id, offer.ParentId, advocate.Id, advocate.ProviderId, offer.ReferralId, offer.LaChildId, now));
        await db.SaveChangesAsync(ct); // a racing allocation for the advocate's last place fails on the row version: 409
        await tx.CommitAsync(ct);
        return allocation;
    }
}
