using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Contracts.Advocacy;
using Macpt.Rules;

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
    public void Only_stages_reached_take_feedback(string stage, string episodeStage, bool broken)
    {
        var rule = new FeedbackStageReached(stage, Build.Episode(episodeStage));
        if (broken) RuleAssert.Broken(rule, "stage", RuleKind.Unprocessable);
        else RuleAssert.Holds(rule);
    }

    [Fact]
    public void Feedback_on_a_stage_not_reached_is_refused() =>
        RuleAssert.Refuses<FeedbackStageReached>(
            () => StageFeedback.Give(Guid.NewGuid(), Build.Offer(), Build.Episode(AdvocacyStages.Section47), AdvocacyStages.Plan, 3, null, D("2026-03-02"), Build.Now), "stage");

    [Fact]
    public void Feedback_on_a_stage_reached_is_given()
    {
        var feedback = StageFeedback.Give(Guid.NewGuid(), Build.Offer(), Build.Episode(AdvocacyStages.Conference), AdvocacyStages.Conference, 4, null, D("2026-03-02"), Build.Now);
        Assert.Equal(4, feedback.Score);
    }
}
