using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Ends allocations in the caller's unit of work: the advocate's place is freed and <see cref="AdvocacyEnded"/>
/// goes out with the change, so from that commit no service invites the advocate for that parent.
/// </summary>
public sealed class AllocationEnding(AdvocacyDbContext db, IOutbox outbox)
{
    public async Task EndAsync(IReadOnlyList<Allocation> allocations, string reason, DateTimeOffset at, CancellationToken ct)
    {
        if (allocations.Count == 0) return;
        var advocateIds = allocations.Select(a => a.AdvocateId).Distinct().ToList();
        var advocates = await db.Advocates.Where(a => advocateIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var allocation in allocations)
        {
            allocation.End(at, reason);
            advocates[allocation.AdvocateId].ReleaseCase();
            outbox.Add(new AdvocacyEnded(allocation.Id, allocation.ParentId, allocation.AdvocateId, allocation.ReferralId, allocation.LaChildId, at, reason));
        }
    }
}
