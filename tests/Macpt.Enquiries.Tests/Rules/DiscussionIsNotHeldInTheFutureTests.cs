using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>The day held is day 0 of the ICPC target (timescales.md §3 rule 4): recorded once held, never dated ahead (422 on heldOn).</summary>
public sealed class DiscussionIsNotHeldInTheFutureTests
{
    [Theory]
    [InlineData("2026-11-26")] // today
    [InlineData("2026-11-21")] // a Saturday before
    public void Held_today_or_before_it_holds(string heldOn) =>
        RuleAssert.Holds(new DiscussionIsNotHeldInTheFuture(D(heldOn), Instant("2026-11-26T16:00:00Z")));

    [Fact]
    public void Held_tomorrow_is_broken() =>
        RuleAssert.Broken(new DiscussionIsNotHeldInTheFuture(D("2026-11-27"), Instant("2026-11-26T16:00:00Z")), "heldOn", RuleKind.Unprocessable);

    [Fact]
    public void Today_is_the_London_day() // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
    {
        RuleAssert.Holds(new DiscussionIsNotHeldInTheFuture(D("2027-06-01"), Instant("2027-05-31T23:30:00Z")));
        RuleAssert.Broken(new DiscussionIsNotHeldInTheFuture(D("2027-06-02"), Instant("2027-05-31T23:30:00Z")), "heldOn");
    }
}
