using Macpt.Advocacy.Domain.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate takes no more parents than their capacity.</summary>
public sealed class AdvocateCapacityTests
{
    [Fact]
    public void With_room_the_rule_holds() => Assert.False(AdvocateCapacity.IsBroken(Build.Advocate(capacity: 3, openCases: 2)));

    [Fact]
    public void At_capacity_another_parent_is_refused() => Assert.True(AdvocateCapacity.IsBroken(Build.Advocate(capacity: 3, openCases: 3)));

    [Fact]
    public void A_capacity_of_nought_takes_nobody() => Assert.True(AdvocateCapacity.IsBroken(Build.Advocate(capacity: 0)));

    [Fact]
    public void At_capacity_is_not_over_it() => Assert.False(AdvocateCapacity.IsOver(Build.Advocate(capacity: 2, openCases: 2)));

    [Fact]
    public void Capacity_lowered_below_the_open_cases_is_over_it() => Assert.True(AdvocateCapacity.IsOver(Build.Advocate(capacity: 1, openCases: 2)));

    [Fact]
    public void Taking_a_case_at_capacity_throws_and_changes_nothing()
    {
        var advocate = Build.Advocate(capacity: 1, openCases: 1);
        Assert.Throws<InvalidOperationException>(advocate.TakeCase);
        Assert.Equal(1, advocate.OpenCases);
    }

    [Fact]
    public void Releasing_a_case_frees_a_place_and_never_goes_below_nought()
    {
        var advocate = Build.Advocate(capacity: 1, openCases: 1);
        advocate.ReleaseCase();
        advocate.ReleaseCase();
        Assert.Equal(0, advocate.OpenCases);
        Assert.False(AdvocateCapacity.IsBroken(advocate));
    }

    [Fact]
    public void An_advocate_who_left_takes_no_case()
    {
        var advocate = Build.Advocate(capacity: 3, openCases: 1);
        advocate.Leave(TestDates.D("2026-03-02"));
        Assert.Equal(0, advocate.OpenCases);
        Assert.Throws<InvalidOperationException>(advocate.TakeCase);
    }
}
