using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// A parent still without an advocate while their child's initial conference is ahead (today or later): they
/// are followed up so that no parent walks into a conference alone without having been asked. Parents who
/// declined or withdrew consent are not chased. <see cref="Query"/> is <see cref="Applies"/> said in SQL: change both.
/// </summary>
public static class NeedsAdvocateBeforeConference
{
    public static readonly IReadOnlyList<string> StatusesToFollowUp = [OfferStatus.Offered, OfferStatus.Accepted];

    public static bool Applies(AdvocacyOffer offer, Episode episode, bool hasActiveAllocation, DateOnly today) =>
        episode.IsOpen && episode.ConferenceDate is { } date && date >= today
        && StatusesToFollowUp.Contains(offer.Status) && !hasActiveAllocation;

    /// <summary>The offers it applies to today, soonest conference first.</summary>
    public static IOrderedQueryable<OfferInEpisode> Query(AdvocacyDbContext db, DateOnly today)
    {
        var statuses = StatusesToFollowUp.ToList();
        return (from o in db.Offers
                join e in db.Episodes on o.EpisodeId equals e.Id
                where e.EndedOn == null && e.ConferenceDate >= today && statuses.Contains(o.Status)
                      && !db.Allocations.Any(a => a.OfferId == o.Id && a.EndedAt == null)
                select new OfferInEpisode { Offer = o, Episode = e })
            .AsNoTracking().OrderBy(x => x.Episode.ConferenceDate).ThenBy(x => x.Offer.OfferedAt).ThenBy(x => x.Offer.Id);
    }
}
