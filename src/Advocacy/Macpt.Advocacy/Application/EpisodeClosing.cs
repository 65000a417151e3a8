using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Ends the child's episode when the process ends there (<see cref="EpisodeExit"/>): no conference after a Section 47,
/// no plan at the initial conference, or the plan ended. Every advocate still acting in it stops
/// (<see cref="AdvocacyEndReasons.EpisodeEnded"/>, their places freed), unanswered offers lapse (each announced as
/// <see cref="AdvocacyOfferAnswered"/> <c>lapsed</c>), and nothing more is offered for it. Runs in the consumer's unit of work (the inbox makes a redelivery a no-op) under the <see cref="ChildLock"/>.
/// </summary>
public sealed class EpisodeClosing(AdvocacyDbContext db, AllocationEnding ending, TimeProvider time, IOutbox outbox)
{
    /// <returns>The episode ended, or null when there was none open at that stage (never heard of, ended, or gone past it).</returns>
    public async Task<Episode?> CloseAsync(EpisodeExit exit, CancellationToken ct)
    {
        await ChildLock.AcquireAsync(db, exit.LaChildId, ct);
        var episode = await FindAsync(exit, ct);
        if (episode is null || !episode.EndsAt(exit)) return null;

        episode.End(exit);
        var offers = await db.Offers.Where(o => o.EpisodeId == episode.Id && o.Status == OfferStatus.Offered).ToListAsync(ct);
        foreach (var offer in offers)
        {
            offer.EpisodeEnded();
            outbox.Add(OfferEvents.Lapsed(offer, exit.EndedOn));
        }
        var active = await db.Allocations.Where(a => a.EpisodeId == episode.Id && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.EpisodeEnded, time.GetUtcNow(), ct);
        AdvocacyTelemetry.EpisodesEnded.Add(1, new KeyValuePair<string, object?>("reason", exit.Reason));
        return episode;
    }

    /// <summary>
    /// The episode of the referral the exit names; without one, the child's episode of the record that ended (the
    /// enquiry, conference or plan), else the child's latest open episode (a child is in one process at a time).
    /// </summary>
    private async Task<Episode?> FindAsync(EpisodeExit exit, CancellationToken ct)
    {
        if (exit.ReferralId is { } referralId)
        {
            var key = EpisodeKey.ForReferral(referralId);
            if (await db.Episodes.SingleOrDefaultAsync(e => e.Key == key, ct) is { } byReferral) return byReferral;
        }
        var source = exit.SourceId;
        return await db.Episodes
            .Where(e => e.LaChildId == exit.LaChildId
                        && (e.EnquiryId == source || e.ConferenceId == source || e.PlanId == source || (exit.ReferralId == null && e.EndedOn == null)))
            .OrderByDescending(e => e.EnquiryId == source || e.ConferenceId == source || e.PlanId == source)
            .ThenByDescending(e => e.OpenedAt).FirstOrDefaultAsync(ct);
    }
}
