using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>The outcome is not dated before the London day the discussion was scheduled for (422 on heldOn).</summary>
public sealed class DiscussionIsNotHeldBeforeItWasScheduledTests
{
    private static StrategyDiscussion ScheduledFor(string instant)
    {
        var d = Fixtures.Discussion();
        d.Convene(Instant(instant), "lcpp-1", [Fixtures.Nurse]);
        return d;
    }

    [Fact]
    public void Not_yet_scheduled_it_holds() => RuleAssert.Holds(new DiscussionIsNotHeldBeforeItWasScheduled(Fixtures.Discussion(), D("2026-11-25")));

    [Fact]
    public void Held_on_the_day_scheduled_or_later_it_holds()
    {
        RuleAssert.Holds(new DiscussionIsNotHeldBeforeItWasScheduled(ScheduledFor("2026-11-27T09:00:00Z"), D("2026-11-27")));
        RuleAssert.Holds(new DiscussionIsNotHeldBeforeItWasScheduled(ScheduledFor("2026-11-27T09:00:00Z"), D("2026-11-30")));
    }

    [Fact]
    public void Held_the_day_before_it_is_broken() =>
        RuleAssert.Broken(new DiscussionIsNotHeldBeforeItWasScheduled(ScheduledFor("2026-11-27T09:00:00Z"), D("2026-11-26")), "heldOn", RuleKind.Unprocessable);

    [Fact]
    public void The_day_scheduled_is_the_london_day() =>
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        RuleAssert.Broken(new DiscussionIsNotHeldBeforeItWasScheduled(ScheduledFor("2026-06-30T23:30:00Z"), D("2026-06-30")), "heldOn");
}
