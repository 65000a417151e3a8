using Macpt.Contracts.Cin;
using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// Opens a request for a family network meeting, once per child, stage and episode (<see cref="RequestEpisode"/>),
/// whether it comes from an event or a practitioner: the first opens it and announces it through the outbox;
/// later ones find it. The unique index on (child, stage, episode) settles a race between the two.
/// </summary>
public sealed class RequestIntake(FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time, ILogger<RequestIntake> log)
{
    /// <summary>
    /// An upstream event that asks (<see cref="RequestTriggers"/>; null when it does not) opens the request in the
    /// consumer's unit of work, which the inbox saves. An event without a valid LA child id opens nothing.
    /// </summary>
    public async Task FromEventAsync(RequestTrigger? trigger, CancellationToken ct)
    {
        if (trigger is null) return;
        if (!LaChildId.IsValid(trigger.LaChildId))
        {
            log.LogWarning("{Source} {SourceId} without a valid LA child id: no family network request", trigger.Source, trigger.SourceId);
            return;
        }
        await OpenAsync(trigger, ct);
    }

    /// <summary>
    /// A practitioner's request, saved: the new request (Created true), or the one already open for the child, stage
    /// and episode, including one an event or another practitioner opened at the same moment.
    /// </summary>
    public async Task<(FamilyNetworkMeetingRequest Request, bool Created)> FromPractitionerAsync(RequestTrigger trigger, CancellationToken ct)
    {
        var (opened, created) = await OpenAsync(trigger, ct);
        if (!created) return (opened, false);
        try
        {
            await db.SaveChangesAsync(ct);
            return (opened, true);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // An event or another practitioner opened it at the same moment: answer with theirs.
            db.ChangeTracker.Clear();
            var raced = await FindAsync(opened.LaChildId, opened.Stage, opened.EpisodeId, ct);
            if (raced is null) throw;
            return (raced, false);
        }
    }

    private Task<FamilyNetworkMeetingRequest?> FindAsync(string laChildId, string stage, Guid episodeId, CancellationToken ct) =>
        db.MeetingRequests.SingleOrDefaultAsync(r => r.LaChildId == laChildId && r.Stage == stage && r.EpisodeId == episodeId, ct);

    /// <summary>The existing request for this child, stage and episode, or a new one (Created true) added to the unit of work.</summary>
    private async Task<(FamilyNetworkMeetingRequest Request, bool Created)> OpenAsync(RequestTrigger t, CancellationToken ct)
    {
        var episodeId = RequestEpisode.For(t.ReferralId, t.SourceId);
        if (await FindAsync(t.LaChildId, t.Stage, episodeId, ct) is { } existing) return (existing, false);

        var now = time.GetUtcNow();
        // Stored in UTC: timestamptz takes UTC only, and the sender's offset is not part of the fact.
        var request = FamilyNetworkMeetingRequest.Create(Guid.CreateVersion7(now), t.LaChildId, t.Stage, t.ReferralId, episodeId,
            t.Source, t.SourceId, t.RequestedBy, t.RequestedAt.ToUniversalTime(), t.NeededBy, now);
        db.MeetingRequests.Add(request);
        outbox.Add(new FamilyNetworkMeetingRequested(request.Id, request.ReferralId, request.LaChildId, request.Stage, request.RequestedAt));
        return (request, true);
    }
}
