using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate's departure is recorded once.</summary>
public sealed class AdvocateLeavesOnceTests
{
    [Fact]
    public void An_active_advocate_may_leave() => RuleAssert.Holds(new AdvocateLeavesOnce(Build.Advocate()));

    [Fact]
    public void A_second_departure_is_refused_and_the_first_date_stands()
    {
        var advocate = Build.Advocate();
        advocate.Leave(D("2026-03-02"));
        RuleAssert.Broken(new AdvocateLeavesOnce(advocate), "leftOn", RuleKind.Conflict);
        RuleAssert.Refuses<AdvocateLeavesOnce>(() => advocate.Leave(D("2026-03-05")), "leftOn");
        Assert.Equal(D("2026-03-02"), advocate.LeftOn);
    }
}
