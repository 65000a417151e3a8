using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// The threshold decision and the Section 47 enquiry it starts: one open enquiry per child (census 8839/8890: a second
/// threshold decision joins the open one), out-of-hours discussions dated the day held with the ICPC target counted from
/// that day (timescales.md §3 rule 4), and an unborn child's expected date of birth carried to the enquiry.
/// </summary>
public sealed class StrategyDiscussionThresholdTests
{
    private static readonly Attendee SocialWorker = new("local-authority", "EDT social worker", "edt-1");
    private static readonly Attendee PoliceOfficer = new("police", "Detective sergeant", "pol-1");
    private static readonly Attendee Nurse = new("health", "On-call paediatrician", null);

    /// <summary>A referral decided on Monday 30 November 2026 at 09:00 (after the weekend).</summary>
    private static StrategyDiscussion DecidedMonday(DateOnly? expectedDateOfBirth = null) => StrategyDiscussion.RequestedByReferral(
        Guid.NewGuid(), Guid.NewGuid(), "RB123456", StrategyDiscussionUrgency.Immediate, Instant("2026-11-30T09:00:00Z"), D("2026-11-30"),
        Instant("2026-11-30T09:00:01Z"), expectedDateOfBirth);

    private static StrategyDiscussionOutcome Outcome(string heldOn, string heldBy = StrategyDiscussionHeldBy.Macpt, string recordedAt = "2026-11-30T10:00:00Z") =>
        new(D(heldOn), true, "Reasons.", [SocialWorker, PoliceOfficer, Nurse], [], false, "lcpp-1", Instant(recordedAt), heldBy);

    [Theory]
    [InlineData(StrategyDiscussionHeldBy.EmergencyDutyTeam)]
    [InlineData(StrategyDiscussionHeldBy.Police)]
    public void An_out_of_hours_discussion_held_on_saturday_is_dated_saturday_and_its_icpc_target_counts_from_saturday(string heldBy)
    {
        var discussion = DecidedMonday();

        var enquiry = discussion.RecordOutcome(Outcome("2026-11-28", heldBy), Guid.NewGuid(), Calendar)!;

        Assert.Equal(D("2026-11-28"), discussion.Outcome!.HeldOn);
        Assert.Equal(heldBy, discussion.Outcome.HeldBy);
        Assert.Equal(D("2026-11-28"), enquiry.StrategyDiscussionDate);
        Assert.Equal(D("2026-11-28"), enquiry.StartDate);
        // Day 0 is Saturday: the 15th working day after it is Friday 18 December, not Monday 21 December (15 after the day recorded).
        Assert.Equal(D("2026-12-18"), enquiry.InitialConferenceTarget);
        Assert.Equal(enquiry.Id, discussion.Section47EnquiryId);
    }

    [Fact]
    public void An_out_of_hours_discussion_convened_here_for_later_may_still_be_dated_the_day_it_was_held()
    {
        var discussion = DecidedMonday();
        discussion.Convene(Instant("2026-11-30T14:00:00Z"), "lcpp-1", [SocialWorker, PoliceOfficer, Nurse]);

        var enquiry = discussion.RecordOutcome(Outcome("2026-11-29", StrategyDiscussionHeldBy.EmergencyDutyTeam), Guid.NewGuid(), Calendar);

        Assert.Equal(D("2026-12-18"), enquiry!.InitialConferenceTarget);
    }

    [Fact]
    public void Held_by_the_macpt_before_it_was_asked_for_is_still_refused() =>
        RuleAssert.Refuses<DiscussionIsNotHeldBeforeItWasAskedFor>(
            () => DecidedMonday().RecordOutcome(Outcome("2026-11-28"), Guid.NewGuid(), Calendar), "heldOn");

    [Fact]
    public void An_out_of_hours_discussion_recorded_too_late_is_refused() =>
        RuleAssert.Refuses<OutOfHoursDiscussionIsRecordedByTheNextWorkingDay>(
            () => DecidedMonday().RecordOutcome(Outcome("2026-11-28", StrategyDiscussionHeldBy.Police, "2026-12-01T10:00:00Z"), Guid.NewGuid(), Calendar), "heldOn");

    [Fact]
    public void A_discussion_dated_in_the_future_is_refused_and_nothing_is_recorded()
    {
        var discussion = DecidedMonday();
        RuleAssert.Refuses<DiscussionIsNotHeldInTheFuture>(
            () => discussion.RecordOutcome(Outcome("2026-12-01", StrategyDiscussionHeldBy.EmergencyDutyTeam), Guid.NewGuid(), Calendar), "heldOn");
        Assert.Null(discussion.Outcome);
    }

    [Fact]
    public void A_threshold_met_for_a_child_with_an_open_enquiry_joins_it_and_starts_none()
    {
        var discussion = DecidedMonday();
        var open = Guid.NewGuid();

        var enquiry = discussion.RecordOutcome(Outcome("2026-11-30"), Guid.NewGuid(), Calendar, openEnquiryId: open);

        Assert.Null(enquiry);
        Assert.Equal(StrategyDiscussionStatus.Held, discussion.Status);
        Assert.Equal(open, discussion.Section47EnquiryId);
        Assert.True(discussion.JoinedOpenEnquiry);
    }

    [Fact]
    public void A_threshold_not_met_neither_starts_nor_joins_an_enquiry()
    {
        var discussion = DecidedMonday();

        var enquiry = discussion.RecordOutcome(Outcome("2026-11-30") with { ThresholdMet = false }, Guid.NewGuid(), Calendar, openEnquiryId: Guid.NewGuid());

        Assert.Null(enquiry);
        Assert.Null(discussion.Section47EnquiryId);
        Assert.False(discussion.JoinedOpenEnquiry);
    }

    [Fact]
    public void An_enquiry_is_not_started_beside_an_open_one() =>
        RuleAssert.Refuses<OneOpenSection47PerChild>(
            () => Section47Enquiry.Start(Guid.NewGuid(), DecidedMonday(), D("2026-11-30"), D("2026-12-21"), Instant("2026-11-30T10:00:00Z"), Guid.NewGuid()),
            "thresholdMet");

    [Fact]
    public void An_unborn_childs_expected_date_of_birth_is_kept_on_the_discussion_and_the_enquiry_it_starts()
    {
        var discussion = DecidedMonday(expectedDateOfBirth: D("2027-03-01"));

        var enquiry = discussion.RecordOutcome(Outcome("2026-11-30"), Guid.NewGuid(), Calendar)!;

        Assert.Equal(D("2027-03-01"), discussion.ExpectedDateOfBirth);
        Assert.Equal(D("2027-03-01"), enquiry.ExpectedDateOfBirth);
    }

    [Fact]
    public void An_unborn_childs_completed_enquiry_needing_a_conference_carries_the_expected_date_of_birth()
    {
        var enquiry = DecidedMonday(expectedDateOfBirth: D("2027-03-01")).RecordOutcome(Outcome("2026-11-30"), Guid.NewGuid(), Calendar)!;
        enquiry.Complete(new Section47Outcome("conference-required", "Pre-birth risk.", D("2026-12-04"), "Unborn.", "lcpp-1", Instant("2026-12-04T12:00:00Z")));

        var completed = Application.EnquiryEvents.Completed(enquiry);

        Assert.True(completed.ConferenceRequired);
        Assert.Equal(D("2027-03-01"), completed.ExpectedDateOfBirth);
        Assert.Equal(enquiry.InitialConferenceTarget, completed.InitialConferenceTargetDate);
    }
}
