using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate's capacity is changed only while they work for the provider.</summary>
public sealed class CapacityChangesWhileTheAdvocateActsTests
{
    [Fact]
    public void An_active_advocate_s_capacity_changes_even_below_the_open_cases()
    {
        var advocate = Build.Advocate(capacity: 3, openCases: 2);
        RuleAssert.Holds(new CapacityChangesWhileTheAdvocateActs(advocate));
        advocate.SetCapacity(1);
        Assert.Equal(1, advocate.Capacity);
    }

    [Fact]
    public void Not_once_they_have_left()
    {
        var advocate = Build.Advocate(capacity: 3);
        advocate.Leave(D("2026-03-02"));
        RuleAssert.Broken(new CapacityChangesWhileTheAdvocateActs(advocate), "capacity", RuleKind.Conflict);
        RuleAssert.Refuses<CapacityChangesWhileTheAdvocateActs>(() => advocate.SetCapacity(5), "capacity");
        Assert.Equal(3, advocate.Capacity);
    }
}
