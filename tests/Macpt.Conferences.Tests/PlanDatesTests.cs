using Macpt.Conferences.Domain.Rules;

namespace Macpt.Conferences.Tests;

/// <summary>Census errors 8841 (a review on or before the plan's start), 8840 and 8925 (an end on or before the start).</summary>
public sealed class PlanDatesTests
{
    [Theory]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-12-01", false)]
    public void A_review_is_after_the_day_the_plan_started(string review, bool broken) =>
        Assert.Equal(broken, ReviewAfterPlanStart.IsBroken(D(review), D("2026-11-30")));

    [Theory]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-11-01", true)]
    [InlineData("2026-12-01", false)]
    public void A_plan_ends_after_the_day_it_started(string end, bool broken) =>
        Assert.Equal(broken, PlanEndsAfterStart.IsBroken(D(end), D("2026-11-30")));
}
