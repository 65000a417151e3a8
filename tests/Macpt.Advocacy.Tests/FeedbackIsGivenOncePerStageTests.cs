using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A parent gives one view of each stage of an episode.</summary>
public sealed class FeedbackIsGivenOncePerStageTests
{
    [Fact]
    public void A_first_view_of_a_stage_holds() => RuleAssert.Holds(new FeedbackIsGivenOncePerStage(alreadyGiven: false));

    [Fact]
    public void A_second_view_of_a_stage_conflicts() => RuleAssert.Broken(new FeedbackIsGivenOncePerStage(alreadyGiven: true), "stage", RuleKind.Conflict);
}
