using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>The outcome is not dated before the London day the discussion was asked for (422 on heldOn).</summary>
public sealed class DiscussionIsNotHeldBeforeItWasAskedForTests
{
    [Fact]
    public void Held_the_day_asked_for_or_later_it_holds()
    {
        RuleAssert.Holds(new DiscussionIsNotHeldBeforeItWasAskedFor(Fixtures.Discussion(), D("2026-11-25")));
        RuleAssert.Holds(new DiscussionIsNotHeldBeforeItWasAskedFor(Fixtures.Discussion(), D("2026-12-01")));
    }

    [Fact]
    public void Held_before_it_was_asked_for_it_is_broken() =>
        RuleAssert.Broken(new DiscussionIsNotHeldBeforeItWasAskedFor(Fixtures.Discussion(), D("2026-11-24")), "heldOn", RuleKind.Unprocessable);
}
