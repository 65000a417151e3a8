using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The chair is an LCPP independent of the case: not the allocated social worker or their line manager (Working Together 2023, ch. 4).</summary>
public sealed class ChairIsIndependentOfTheCaseTests
{
    [Theory]
    [InlineData("lcpp-chair-9")]
    [InlineData("lcpp-03")] // the allocated LCPP is not the social worker or their manager
    public void Someone_outside_the_social_work_line_may_chair(string chair) => RuleAssert.Holds(new ChairIsIndependentOfTheCase(chair, Team));

    [Theory]
    [InlineData("sw-01")]
    [InlineData("SW-01")] // ids compare without case
    [InlineData("tm-02")]
    public void The_allocated_social_worker_or_their_line_manager_may_not_chair(string chair) =>
        RuleAssert.Broken(new ChairIsIndependentOfTheCase(chair, Team), "chairId", RuleKind.Unprocessable);

    [Fact]
    public void Without_the_case_team_no_chair_can_be_shown_independent()
    {
        var rule = new ChairIsIndependentOfTheCase("lcpp-chair-9", null);
        RuleAssert.Broken(rule, "chairId", RuleKind.Unprocessable);
        Assert.Contains("case team", rule.Message);
    }

    [Fact]
    public void A_case_team_change_names_the_social_worker() =>
        RuleAssert.Broken(new ChairIsIndependentOfTheCase("sw-01", Team, "socialWorkerId"), "socialWorkerId");
}
