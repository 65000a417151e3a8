using Macpt.Advocacy.Domain.Rules;
using Macpt.Contracts.Advocacy;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An allocation ends once.</summary>
public sealed class AllocationEndsOnceTests
{
    [Fact]
    public void An_active_allocation_may_end() => RuleAssert.Holds(new AllocationEndsOnce(Build.Allocation()));

    [Fact]
    public void An_ended_allocation_does_not_end_again()
    {
        var allocation = Build.Ended(Build.Now.AddDays(1));
        RuleAssert.Broken(new AllocationEndsOnce(allocation), "status", RuleKind.Conflict);
        RuleAssert.Refuses<AllocationEndsOnce>(() => allocation.End(Build.Now.AddDays(2), AdvocacyEndReasons.AdvocateLeft), "status");
        Assert.Equal(AdvocacyEndReasons.EpisodeEnded, allocation.EndReason);
    }
}
