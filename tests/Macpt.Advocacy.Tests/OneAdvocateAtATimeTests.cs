using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A parent has one advocate at a time.</summary>
public sealed class OneAdvocateAtATimeTests
{
    [Fact]
    public void Without_an_active_allocation_the_rule_holds() => RuleAssert.Holds(new OneAdvocateAtATime(hasActiveAllocation: false));

    [Fact]
    public void Not_a_second_advocate_while_one_acts()
    {
        RuleAssert.Broken(new OneAdvocateAtATime(hasActiveAllocation: true), "advocateId", RuleKind.Conflict);
        RuleAssert.Refuses<OneAdvocateAtATime>(
            () => Domain.Allocation.Make(Guid.NewGuid(), Build.Accepted(), Build.Episode(), true, Build.Advocate(), "sw-1", Build.Now), "advocateId");
    }

    [Fact]
    public void An_allocation_takes_one_of_the_advocate_s_places()
    {
        var advocate = Build.Advocate(capacity: 2);
        var allocation = Build.Allocation(advocate: advocate);
        Assert.True(allocation.IsActive);
        Assert.Equal(1, advocate.OpenCases);
    }
}
