using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Tests;

/// <summary><c>NumberOfPreviousCPP</c> counts the child's plans that started before the new one.</summary>
public sealed class PreviousPlansTests
{
    [Fact]
    public void A_first_plan_has_none() => Assert.Equal(0, PreviousPlans.Count([], D("2026-11-30")));

    [Fact]
    public void Earlier_plans_are_counted_however_long_ago() =>
        Assert.Equal(2, PreviousPlans.Count([D("2015-03-02"), D("2026-11-30")], D("2027-10-04")));

    [Fact]
    public void A_plan_starting_later_is_not_counted() =>
        Assert.Equal(1, PreviousPlans.Count([D("2026-11-30"), D("2028-01-10")], D("2027-10-04")));
}
