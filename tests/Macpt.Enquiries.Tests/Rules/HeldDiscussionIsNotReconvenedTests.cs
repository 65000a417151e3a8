using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>A discussion is convened (moved) until it is held (409 on scheduledFor).</summary>
public sealed class HeldDiscussionIsNotReconvenedTests
{
    [Fact]
    public void A_convened_discussion_may_be_moved()
    {
        var d = Fixtures.Discussion();
        d.Convene(Instant("2026-11-26T10:00:00Z"), "lcpp-1", [Fixtures.Nurse]);
        RuleAssert.Holds(new HeldDiscussionIsNotReconvened(d));
    }

    [Fact]
    public void A_held_discussion_is_broken_as_a_conflict() => RuleAssert.Broken(new HeldDiscussionIsNotReconvened(Fixtures.Held()), "scheduledFor", RuleKind.Conflict);
}
