using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent gives feedback on a stage their episode has reached: the strategy discussion always came first;
/// a conference or plan only once the episode got there (Working Together 2023, ch. 4: the order of the process).
/// </summary>
public sealed class FeedbackStageReached(string stage, Episode episode) : BusinessRule("stage")
{
    public override bool IsBroken() =>
        stage != GuideStages.StrategyDiscussion && EpisodeStages.Rank(stage) > EpisodeStages.Rank(episode.Stage);

    public override string Message => "The episode has not reached that stage.";
}
