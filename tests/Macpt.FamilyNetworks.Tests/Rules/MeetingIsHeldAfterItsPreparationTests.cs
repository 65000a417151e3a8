using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>
/// A meeting is held after it was offered (17 November) and accepted (18 November), with a coordinator
/// allocated (18 November) beforehand.
/// </summary>
public sealed class MeetingIsHeldAfterItsPreparationTests
{
    [Theory]
    [InlineData("2026-11-18")]
    [InlineData("2026-11-25")]
    public void A_prepared_meeting_holds(string heldOn) => RuleAssert.Holds(new MeetingIsHeldAfterItsPreparation(Prepared(), D(heldOn)));

    [Theory]
    [InlineData("2026-11-16")] // before the offer
    [InlineData("2026-11-17")] // offered, not yet accepted
    public void A_meeting_dated_before_the_offer_or_the_acceptance_is_refused(string heldOn) =>
        RuleAssert.Broken(new MeetingIsHeldAfterItsPreparation(Prepared(), D(heldOn)), "heldOn", RuleKind.Unprocessable);

    [Fact]
    public void A_meeting_without_a_coordinator_or_before_one_was_allocated_is_refused()
    {
        RuleAssert.Broken(new MeetingIsHeldAfterItsPreparation(Answered(accepted: true), D("2026-11-20")), "coordinator", RuleKind.Unprocessable);
        RuleAssert.Broken(new MeetingIsHeldAfterItsPreparation(Prepared(allocatedOn: "2026-11-21"), D("2026-11-20")), "heldOn", RuleKind.Unprocessable);
    }

    [Fact]
    public void The_request_refuses_a_meeting_out_of_order_or_tomorrow_and_records_a_prepared_one()
    {
        RuleAssert.Refuses<MeetingIsHeldAfterItsPreparation>(() => Hold(Answered(accepted: true)), "coordinator");
        RuleAssert.Refuses<MeetingIsHeldAfterItsPreparation>(() => Hold(Prepared(), "2026-11-17"), "heldOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => Hold(Prepared(), "2026-11-26"), "heldOn");
        var meeting = Hold(Prepared());
        Assert.Equal("fgc-1", meeting.CoordinatorId);
    }
}
