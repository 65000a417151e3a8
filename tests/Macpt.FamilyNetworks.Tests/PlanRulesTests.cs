using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Dates of a plan, its reviews and its end; plans due for review.</summary>
public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Fact]
    public void A_plan_agreed_from_the_meeting_to_today_and_reviewed_later_is_accepted()
    {
        Assert.Null(PlanDatesRule.Check(D("2026-11-20"), D("2026-11-21"), notBefore: D("2026-11-20"), Today));
        Assert.Null(PlanDatesRule.Check(D("2026-11-25"), D("2027-02-25"), notBefore: D("2026-11-20"), Today));
    }

    [Fact]
    public void A_plan_before_the_meeting_or_tomorrow_is_refused()
    {
        RuleAssert.Broken(PlanDatesRule.Check(D("2026-11-19"), D("2026-12-19"), notBefore: D("2026-11-20"), Today), "agreedOn");
        RuleAssert.Broken(PlanDatesRule.Check(D("2026-11-26"), D("2026-12-26"), notBefore: D("2026-11-20"), Today), "agreedOn");
    }

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-19")]
    public void A_review_due_on_or_before_the_agreement_is_refused(string reviewDue) =>
        RuleAssert.Broken(PlanDatesRule.Check(D("2026-11-20"), D(reviewDue), notBefore: D("2026-11-20"), Today), "reviewDue");

    [Theory]
    [InlineData("2026-11-24", true)]
    [InlineData("2026-11-25", true)]
    [InlineData("2026-11-26", false)]
    public void A_plan_is_due_for_review_on_its_review_date_and_after(string reviewDue, bool due) =>
        Assert.Equal(due, PlanReviewRule.IsDue(D(reviewDue), Today));

    [Fact]
    public void A_review_is_dated_from_the_agreement_to_today_with_the_next_one_after_it()
    {
        var plan = Requests.Plan(agreedOn: "2026-11-20");
        Assert.Null(PlanReviewRule.Check(plan, D("2026-11-25"), D("2026-12-25"), Today));
        RuleAssert.Broken(PlanReviewRule.Check(plan, D("2026-11-19"), D("2026-12-25"), Today), "reviewedOn");
        RuleAssert.Broken(PlanReviewRule.Check(plan, D("2026-11-26"), D("2026-12-25"), Today), "reviewedOn");
        RuleAssert.Broken(PlanReviewRule.Check(plan, D("2026-11-25"), D("2026-11-25"), Today), "nextReviewDue");
    }

    [Fact]
    public void A_plan_ends_from_its_agreement_to_today()
    {
        var plan = Requests.Plan(agreedOn: "2026-11-20");
        Assert.Null(PlanEndRule.Check(plan, D("2026-11-20"), Today));
        RuleAssert.Broken(PlanEndRule.Check(plan, D("2026-11-19"), Today), "endedOn");
        RuleAssert.Broken(PlanEndRule.Check(plan, D("2026-11-26"), Today), "endedOn");
    }
}
