using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Application;

/// <summary>
/// Opens a request for a family network meeting, once per child, stage and episode (<see cref="RequestEpisode"/>),
/// whether it comes from an event or a practitioner: the first opens it and announces it through the outbox;
/// later ones find it. The unique index on (child, stage, episode) settles a race between the two.
/// The caller saves.
/// </summary>
public sealed class RequestIntake(FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time)
{
    public sealed record Trigger(string LaChildId, string Stage, Guid? ReferralId, string Source, Guid? SourceId,
        string? RequestedBy, DateTimeOffset RequestedAt, DateOnly? NeededBy);

    public Task<FamilyNetworkMeetingRequest?> FindAsync(string laChildId, string stage, Guid episodeId, CancellationToken ct) =>
        db.MeetingRequests.SingleOrDefaultAsync(r => r.LaChildId == laChildId && r.Stage == stage && r.EpisodeId == episodeId, ct);

    /// <summary>The existing request for this child, stage and episode, or a new one (Created true) added to the unit of work.</summary>
    public async Task<(FamilyNetworkMeetingRequest Request, bool Created)> OpenAsync(Trigger t, CancellationToken ct)
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
