using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>
/// A meeting is held after it was offered and accepted, with a coordinator allocated, and not in the
/// future. The request was offered 17, accepted 18 and its coordinator allocated 18 November 2026.
/// </summary>
public sealed class MeetingHeldRuleTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Theory]
    [InlineData("2026-11-18")]
    [InlineData("2026-11-25")]
    public void A_prepared_meeting_held_by_today_is_accepted(string heldOn) =>
        Assert.Null(MeetingHeldRule.Check(Requests.Prepared(), D(heldOn), Today));

    [Fact]
    public void A_meeting_held_tomorrow_is_refused() => RuleAssert.Broken(MeetingHeldRule.Check(Requests.Prepared(), D("2026-11-26"), Today), "heldOn");

    [Fact]
    public void A_meeting_never_offered_is_refused() => RuleAssert.Broken(MeetingHeldRule.Check(Requests.New(), D("2026-11-20"), Today), "offer");

    [Fact]
    public void A_meeting_declined_or_unanswered_is_refused()
    {
        RuleAssert.Broken(MeetingHeldRule.Check(Requests.Offered(), D("2026-11-20"), Today), "answer");
        RuleAssert.Broken(MeetingHeldRule.Check(Requests.Answered(accepted: false), D("2026-11-20"), Today), "answer");
    }

    [Theory]
    [InlineData("2026-11-16")] // before the offer
    [InlineData("2026-11-17")] // offered, not yet accepted
    public void A_meeting_dated_before_the_offer_or_the_acceptance_is_refused(string heldOn) =>
        RuleAssert.Broken(MeetingHeldRule.Check(Requests.Prepared(), D(heldOn), Today), "heldOn");

    [Fact]
    public void A_meeting_without_a_coordinator_or_before_one_was_allocated_is_refused()
    {
        RuleAssert.Broken(MeetingHeldRule.Check(Requests.Answered(accepted: true), D("2026-11-20"), Today), "coordinator");
        RuleAssert.Broken(MeetingHeldRule.Check(Requests.Prepared(allocatedOn: "2026-11-21"), D("2026-11-20"), Today), "heldOn");
    }
}
