using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Domain;

/// <summary>
/// A parent's view of one stage of their episode: a score from 1 (poor) to 5 (good) and an optional comment.
/// The comment stays here; only the score, tagged by stage, leaves as a figure.
/// </summary>
public sealed class StageFeedback
{
    private StageFeedback() { }

    public const int LowestScore = 1;
    public const int HighestScore = 5;
    public const int MaxCommentLength = 2000;

    public Guid Id { get; private init; }
    public Guid OfferId { get; private init; }
    public Guid ParentId { get; private init; }
    public Guid EpisodeId { get; private init; }
    public string Stage { get; private init; } = "";
    public int Score { get; private init; }
    public string? Comment { get; private init; }
    public DateOnly GivenOn { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Feedback on a stage the offer's episode has reached (<see cref="FeedbackStageReached"/>).</summary>
    public static StageFeedback Give(Guid id, AdvocacyOffer offer, Episode episode, string stage, int score, string? comment, DateOnly givenOn, DateTimeOffset now)
    {
        Rule.Check(new FeedbackStageReached(stage, episode));
        return new()
        {
            Id = id,
            OfferId = offer.Id,
            ParentId = offer.ParentId,
            EpisodeId = offer.EpisodeId,
            Stage = stage,
            Score = score,
            Comment = comment,
            GivenOn = givenOn,
            RecordedAt = now,
        };
    }
}
