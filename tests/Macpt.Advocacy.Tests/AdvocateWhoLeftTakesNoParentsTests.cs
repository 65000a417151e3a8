using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate who has left takes no parents.</summary>
public sealed class AdvocateWhoLeftTakesNoParentsTests
{
    [Fact]
    public void An_active_advocate_takes_parents() => RuleAssert.Holds(new AdvocateWhoLeftTakesNoParents(Build.Advocate()));

    [Fact]
    public void An_advocate_who_left_takes_no_case()
    {
        var advocate = Build.Advocate(capacity: 3, openCases: 1);
        advocate.Leave(D("2026-03-02"));
        Assert.Equal(0, advocate.OpenCases);
        RuleAssert.Broken(new AdvocateWhoLeftTakesNoParents(advocate), "advocateId", RuleKind.Unprocessable);
        RuleAssert.Refuses<AdvocateWhoLeftTakesNoParents>(advocate.TakeCase, "advocateId");
        Assert.Equal(0, advocate.OpenCases);
    }
}
