using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>The family answers an offer that was made, from the day of the offer to today.</summary>
public sealed class AnswerRuleTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Fact]
    public void An_answer_without_an_offer_is_refused() => RuleAssert.Broken(AnswerRule.Check(Requests.New(), D("2026-11-20"), Today), "offer");

    [Theory]
    [InlineData("2026-11-17")]
    [InlineData("2026-11-25")]
    public void An_answer_from_the_offer_to_today_is_accepted(string answeredOn) =>
        Assert.Null(AnswerRule.Check(Requests.Offered("2026-11-17"), D(answeredOn), Today));

    [Theory]
    [InlineData("2026-11-16")]
    [InlineData("2026-11-26")]
    public void An_answer_before_the_offer_or_tomorrow_is_refused(string answeredOn) =>
        RuleAssert.Broken(AnswerRule.Check(Requests.Offered("2026-11-17"), D(answeredOn), Today), "answeredOn");
}
