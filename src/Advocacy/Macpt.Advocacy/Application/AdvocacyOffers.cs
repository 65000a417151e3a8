using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Makes the offers: every registered parent of the child gets one offer per open episode, and each offer is
/// announced (<see cref="AdvocacyOffered"/>, with the date its answer is due) in the same transaction. Callers hold the <see cref="ChildLock"/>.
/// </summary>
public sealed class AdvocacyOffers(AdvocacyDbContext db, IOutbox outbox, TimeProvider time, WorkingDayCalendar calendar)
{
    /// <summary>Offers to the child's parents who have none for this episode yet.</summary>
    public async Task<int> OfferToParentsAsync(Episode episode, CancellationToken ct)
    {
        if (!episode.IsOpen) return 0;
        var parents = await db.Parents.Where(p => p.LaChildId == episode.LaChildId).ToListAsync(ct);
        var offered = await db.Offers.Where(o => o.EpisodeId == episode.Id).Select(o => o.ParentId).ToListAsync(ct);
        var made = 0;
        foreach (var parent in parents.Where(p => !offered.Contains(p.Id)))
        {
            Offer(parent, episode);
            made++;
        }
        return made;
    }

    /// <summary>A parent registered while their child's episodes are open is offered an advocate at once for each.</summary>
    public async Task<IReadOnlyList<AdvocacyOffer>> OfferToNewParentAsync(Parent parent, CancellationToken ct)
    {
        var open = await db.Episodes.Where(e => e.LaChildId == parent.LaChildId && e.EndedOn == null).ToListAsync(ct);
        return open.Select(e => Offer(parent, e)).ToList();
    }

    private AdvocacyOffer Offer(Parent parent, Episode episode)
    {
        var now = time.GetUtcNow();
        var offer = AdvocacyOffer.Make(Guid.CreateVersion7(now), parent, episode, now, LondonClock.ToLondonDate(now));
        db.Offers.Add(offer);
        outbox.Add(OfferEvents.Offered(offer, calendar));
        AdvocacyTelemetry.OffersMade.Add(1, new KeyValuePair<string, object?>("stage", offer.Stage));
        return offer;
    }
}
