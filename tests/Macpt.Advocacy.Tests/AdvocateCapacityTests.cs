using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate takes no more parents than their capacity.</summary>
public sealed class AdvocateCapacityTests
{
    [Fact]
    public void With_room_the_rule_holds() => RuleAssert.Holds(new AdvocateCapacity(Build.Advocate(capacity: 3, openCases: 2)));

    [Fact]
    public void At_capacity_another_parent_is_refused() =>
        RuleAssert.Broken(new AdvocateCapacity(Build.Advocate(capacity: 3, openCases: 3)), "advocateId", RuleKind.Unprocessable);

    [Fact]
    public void A_capacity_of_nought_takes_nobody() => RuleAssert.Broken(new AdvocateCapacity(Build.Advocate(capacity: 0)), "advocateId");

    [Fact]
    public void At_capacity_is_not_over_it() => Assert.False(Build.Advocate(capacity: 2, openCases: 2).IsOverCapacity);

    [Fact]
    public void Capacity_lowered_below_the_open_cases_is_over_it() => Assert.True(Build.Advocate(capacity: 1, openCases: 2).IsOverCapacity);

    [Fact]
    public void Taking_a_case_at_capacity_is_refused_and_changes_nothing()
    {
        var advocate = Build.Advocate(capacity: 1, openCases: 1);
        RuleAssert.Refuses<AdvocateCapacity>(advocate.TakeCase, "advocateId");
        Assert.Equal(1, advocate.OpenCases);
    }

    [Fact]
    public void Releasing_a_case_frees_a_place_and_never_goes_below_nought()
    {
        var advocate = Build.Advocate(capacity: 1, openCases: 1);
        advocate.ReleaseCase();
        advocate.ReleaseCase();
        Assert.Equal(0, advocate.OpenCases);
        RuleAssert.Holds(new AdvocateCapacity(advocate));
    }
}
