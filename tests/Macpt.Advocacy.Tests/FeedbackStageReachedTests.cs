using Macpt.Advocacy.Domain.Rules;
using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Tests;

/// <summary>Feedback is on a stage the episode has reached; the strategy discussion always came before it.</summary>
public sealed class FeedbackStageReachedTests
{
    [Theory]
    [InlineData("strategy-discussion", AdvocacyStages.Section47, false)]
    [InlineData(AdvocacyStages.Section47, AdvocacyStages.Section47, false)]
    [InlineData(AdvocacyStages.Conference, AdvocacyStages.Section47, true)]
    [InlineData(AdvocacyStages.Plan, AdvocacyStages.Conference, true)]
    [InlineData(AdvocacyStages.Section47, AdvocacyStages.Plan, false)]
    [InlineData(AdvocacyStages.Plan, AdvocacyStages.Plan, false)]
    public void Only_stages_reached_take_feedback(string stage, string episodeStage, bool broken) =>
        Assert.Equal(broken, FeedbackStageReached.IsBroken(stage, Build.Episode(episodeStage)));
}
