using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Finds or opens the episode an event belongs to (<see cref="EpisodeKey"/>). An event with neither a referral
/// nor an enquiry joins the child's latest open episode, or opens its own when there is none.
/// </summary>
public sealed class EpisodeFinder(AdvocacyDbContext db, TimeProvider time)
{
    public async Task<Episode> FindOrOpenAsync(Guid? referralId, string laChildId, Guid? enquiryId, string stage, string ownKind, Guid ownId, CancellationToken ct)
    {
        var key = EpisodeKey.Of(referralId, laChildId, enquiryId);
        Episode? episode;
        if (key is not null)
        {
            episode = await db.Episodes.SingleOrDefaultAsync(e => e.Key == key, ct);
            // An event naming an enquiry whose start was announced under another key (with or without the
            // referral): the enquiry's episode, so its parents are not offered twice.
            if (episode is null && enquiryId is { } enquiry)
                episode = await db.Episodes.FirstOrDefaultAsync(e => e.LaChildId == laChildId && e.EnquiryId == enquiry, ct);
        }
        else
        {
            episode = await db.Episodes.Where(e => e.LaChildId == laChildId && e.EndedOn == null)
                .OrderByDescending(e => e.OpenedAt).FirstOrDefaultAsync(ct);
            key = EpisodeKey.ForOwnEvent(laChildId, ownKind, ownId);
            episode ??= await db.Episodes.SingleOrDefaultAsync(e => e.Key == key, ct);
        }
        if (episode is not null)
        {
            episode.Reached(stage);
            return episode;
        }
        var now = time.GetUtcNow();
        episode = Episode.Open(Guid.CreateVersion7(now), key, referralId, laChildId, stage, now);
        db.Episodes.Add(episode);
        return episode;
    }
}
