using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Consumers;

/// <summary>
/// The end of the plan ends the episode: every advocate still acting for a parent in it stops
/// (<see cref="AdvocacyEndReasons.EpisodeEnded"/>), their places are freed, and no further offers are made for it.
/// </summary>
public sealed class ChildProtectionPlanEndedConsumer(AdvocacyDbContext db, TimeProvider time, AllocationEnding ending)
    : InboxConsumer<ChildProtectionPlanEnded, AdvocacyDbContext>(db, time)
{
    protected override async Task HandleAsync(ChildProtectionPlanEnded message, ConsumeContext<ChildProtectionPlanEnded> context)
    {
        var ct = context.CancellationToken;
        await ChildLock.AcquireAsync(Db, message.LaChildId, ct);
        var referralKey = message.ReferralId is { } referralId ? EpisodeKey.ForReferral(referralId) : null;
        var episode = referralKey is not null
            ? await Db.Episodes.SingleOrDefaultAsync(e => e.Key == referralKey, ct)
            : await Db.Episodes.Where(e => e.LaChildId == message.LaChildId && (e.PlanId == message.PlanId || e.EndedOn == null))
                .OrderByDescending(e => e.PlanId == message.PlanId).ThenByDescending(e => e.OpenedAt).FirstOrDefaultAsync(ct);
        // A plan this service never heard start has no offers or advocates to end.
        if (episode is null || !episode.IsOpen) return;

        episode.End(message.EndDate);
        var active = await Db.Allocations.Where(a => a.EpisodeId == episode.Id && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.EpisodeEnded, Time.GetUtcNow(), ct);
    }
}
