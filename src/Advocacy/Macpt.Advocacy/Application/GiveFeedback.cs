using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// A parent's view of one stage of the episode their offer belongs to: once per stage (<see cref="FeedbackIsGivenOncePerStage"/>),
/// on a stage reached (<see cref="StageFeedback.Give"/>). Only the score, tagged by stage, reaches telemetry.
/// </summary>
public sealed class GiveFeedback(AdvocacyDbContext db, TimeProvider time)
{
    public async Task<StageFeedback> RunAsync(AdvocacyOffer offer, FeedbackRequest r, CancellationToken ct)
    {
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == offer.EpisodeId, ct);
        var now = time.GetUtcNow();
        var comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim();
        var feedback = StageFeedback.Give(Guid.CreateVersion7(now), offer, episode, r.Stage!, r.Score!.Value, comment, r.GivenOn!.Value, now);
        Rule.Check(new FeedbackIsGivenOncePerStage(await db.Feedback.AnyAsync(f => f.OfferId == offer.Id && f.Stage == r.Stage, ct)));
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        AdvocacyTelemetry.FeedbackScore.Record(feedback.Score, new KeyValuePair<string, object?>("stage", feedback.Stage));
        return feedback;
    }
}
