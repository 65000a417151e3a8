using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent gives feedback on a stage their episode has reached: the strategy discussion always came first;
/// a conference or plan only once the episode got there.
/// </summary>
public static class FeedbackStageReached
{
    public const string Message = "The episode has not reached that stage.";

    public static bool IsBroken(string stage, Episode episode) =>
        stage != GuideStages.StrategyDiscussion && EpisodeStages.Rank(stage) > EpisodeStages.Rank(episode.Stage);
}
