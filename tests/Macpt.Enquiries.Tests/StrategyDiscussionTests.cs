using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A strategy discussion asked for by a referral is awaiting; convening it (again, to move it) makes it
/// convened; its outcome is recorded once and makes it held, after which it is not re-convened.
/// </summary>
public sealed class StrategyDiscussionTests
{
    private static readonly DateTimeOffset DecidedAt = Instant("2026-11-25T11:00:00Z");
    private static readonly DateTimeOffset ScheduledFor = Instant("2026-11-26T14:00:00Z");

    private static readonly Attendee SocialWorker = new("local-authority", "Social worker", "sw.a-jones");
    private static readonly Attendee PoliceOfficer = new("police", "Detective sergeant", "ds.b-khan");
    private static readonly Attendee Nurse = new("health", "Named nurse", null);

    private static StrategyDiscussion NewDiscussion() => StrategyDiscussion.RequestedByReferral(
        Guid.NewGuid(), Guid.NewGuid(), "RB123456", StrategyDiscussionUrgency.Standard, DecidedAt, D("2026-11-26"), DecidedAt.AddSeconds(2));

    private static StrategyDiscussionOutcome Outcome(bool thresholdMet = true, string recordedBy = "lcpp.j-khan_01") => new(
        D("2026-11-26"), thresholdMet, "Reasonable cause to suspect significant harm.", [SocialWorker, PoliceOfficer, Nurse],
        [new SafetyAction("Child to stay with grandmother tonight.", "local-authority", D("2026-11-26"))],
        true, recordedBy, Instant("2026-11-26T16:00:00Z"));

    [Fact]
    public void The_status_names_are_the_api_codes()
    {
        Assert.Equal("awaiting", StrategyDiscussionStatus.Awaiting);
        Assert.Equal("convened", StrategyDiscussionStatus.Convened);
        Assert.Equal("held", StrategyDiscussionStatus.Held);
    }

    [Fact]
    public void A_discussion_asked_for_by_a_referral_is_awaiting_and_keeps_what_was_asked()
    {
        var id = Guid.NewGuid();
        var referralId = Guid.NewGuid();
        var createdAt = DecidedAt.AddSeconds(2);

        var discussion = StrategyDiscussion.RequestedByReferral(id, referralId, "RB123456", "immediate", DecidedAt, D("2026-11-25"), createdAt);

        Assert.Equal("awaiting", discussion.Status);
        Assert.Equal(id, discussion.Id);
        Assert.Equal(referralId, discussion.ReferralId);
        Assert.Equal("RB123456", discussion.LaChildId);
        Assert.Equal("immediate", discussion.Urgency);
        Assert.Equal(DecidedAt, discussion.RequestedAt);
        Assert.Equal(D("2026-11-25"), discussion.DueBy);
        Assert.Equal(createdAt, discussion.CreatedAt);
        Assert.Null(discussion.ScheduledFor);
        Assert.Null(discussion.ChairId);
        Assert.Empty(discussion.Attendees);
        Assert.Null(discussion.Outcome);
    }

    [Fact]
    public void Convening_sets_the_date_the_chair_and_who_is_invited()
    {
        var discussion = NewDiscussion();

        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);

        Assert.Equal("convened", discussion.Status);
        Assert.Equal(ScheduledFor, discussion.ScheduledFor);
        Assert.Equal("lcpp.j-khan_01", discussion.ChairId);
        Assert.Equal([SocialWorker, PoliceOfficer, Nurse], discussion.Attendees);
        Assert.Null(discussion.Outcome);
    }

    [Fact]
    public void Convening_again_moves_it_and_replaces_who_is_invited()
    {
        var discussion = NewDiscussion();
        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);
        var later = ScheduledFor.AddDays(1);
        var teacher = new Attendee("education", "Designated safeguarding lead", null);

        discussion.Convene(later, "lcpp2", [SocialWorker, teacher]);

        Assert.Equal("convened", discussion.Status);
        Assert.Equal(later, discussion.ScheduledFor);
        Assert.Equal("lcpp2", discussion.ChairId);
        Assert.Equal([SocialWorker, teacher], discussion.Attendees);
    }

    [Fact]
    public void Recording_the_outcome_makes_it_held()
    {
        var discussion = NewDiscussion();
        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);
        var outcome = Outcome();

        discussion.RecordOutcome(outcome, Guid.NewGuid(), Calendar);

        Assert.Equal("held", discussion.Status);
        Assert.Same(outcome, discussion.Outcome);
    }

    [Fact]
    public void A_second_outcome_is_refused_and_the_first_stands()
    {
        var discussion = NewDiscussion();
        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);
        var first = Outcome(thresholdMet: true);
        discussion.RecordOutcome(first, Guid.NewGuid(), Calendar);

        RuleAssert.Refuses<OutcomeIsRecordedOnce>(() => discussion.RecordOutcome(Outcome(thresholdMet: false, recordedBy: "lcpp2"), Guid.NewGuid(), Calendar), "thresholdMet");

        Assert.Same(first, discussion.Outcome);
        Assert.Equal("held", discussion.Status);
    }

    [Fact]
    public void The_same_outcome_again_is_still_a_second_outcome()
    {
        var discussion = NewDiscussion();
        var outcome = Outcome();
        discussion.RecordOutcome(outcome, Guid.NewGuid(), Calendar);

        RuleAssert.Refuses<OutcomeIsRecordedOnce>(() => discussion.RecordOutcome(outcome, Guid.NewGuid(), Calendar), "thresholdMet");
    }

    [Fact]
    public void A_held_discussion_is_not_re_convened()
    {
        var discussion = NewDiscussion();
        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);
        discussion.RecordOutcome(Outcome(), Guid.NewGuid(), Calendar);

        RuleAssert.Refuses<HeldDiscussionIsNotReconvened>(() => discussion.Convene(ScheduledFor.AddDays(7), "lcpp2", [Nurse]), "scheduledFor");

        Assert.Equal("held", discussion.Status);
        Assert.Equal(ScheduledFor, discussion.ScheduledFor);
        Assert.Equal("lcpp.j-khan_01", discussion.ChairId);
        Assert.Equal([SocialWorker, PoliceOfficer, Nurse], discussion.Attendees);
    }

    [Fact]
    public void A_threshold_met_starts_a_section_47_enquiry_due_15_working_days_after_the_day_held()
    {
        var discussion = NewDiscussion();
        var enquiryId = Guid.NewGuid();

        var enquiry = discussion.RecordOutcome(Outcome(thresholdMet: true), enquiryId, Calendar);

        Assert.NotNull(enquiry);
        Assert.Equal(enquiryId, enquiry.Id);
        Assert.Equal(D("2026-11-26"), enquiry.StartDate);
        Assert.Equal(Calendar.AddWorkingDays(D("2026-11-26"), 15), enquiry.InitialConferenceTarget);
    }

    [Fact]
    public void A_threshold_not_met_starts_no_enquiry() =>
        Assert.Null(NewDiscussion().RecordOutcome(Outcome(thresholdMet: false), Guid.NewGuid(), Calendar));

    [Fact]
    public void A_threshold_decision_without_the_police_is_refused_and_nothing_is_recorded()
    {
        var discussion = NewDiscussion();

        var refused = RuleAssert.Refuses<ThresholdDecisionNeedsRequiredAgencies>(
            () => discussion.RecordOutcome(Outcome() with { Attended = [SocialWorker, Nurse] }, Guid.NewGuid(), Calendar), "attended");

        Assert.Contains("police", refused.Message);
        Assert.Null(discussion.Outcome);
        Assert.Equal("awaiting", discussion.Status);
    }

    [Fact]
    public void An_outcome_dated_before_the_day_scheduled_is_refused()
    {
        var discussion = NewDiscussion();
        discussion.Convene(Instant("2026-11-27T09:00:00Z"), "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse]);

        RuleAssert.Refuses<DiscussionIsNotHeldBeforeItWasScheduled>(() => discussion.RecordOutcome(Outcome(), Guid.NewGuid(), Calendar), "heldOn");
        Assert.Null(discussion.Outcome);
    }

    [Fact]
    public void An_outcome_dated_before_the_day_asked_for_is_refused() =>
        RuleAssert.Refuses<DiscussionIsNotHeldBeforeItWasAskedFor>(
            () => NewDiscussion().RecordOutcome(Outcome() with { HeldOn = D("2026-11-24") }, Guid.NewGuid(), Calendar), "heldOn");

    [Fact]
    public void Siblings_convened_together_share_one_meeting()
    {
        var discussion = NewDiscussion();
        var sibling = NewDiscussion();

        discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [SocialWorker, PoliceOfficer, Nurse], [sibling]);

        Assert.Equal(discussion.Id, discussion.JointMeetingId);
        Assert.Equal(discussion.Id, sibling.JointMeetingId);
        Assert.Equal("convened", sibling.Status);
        Assert.Equal(ScheduledFor, sibling.ScheduledFor);
        Assert.Equal("lcpp.j-khan_01", sibling.ChairId);
    }

    [Fact]
    public void A_held_sibling_is_not_pulled_into_another_meeting()
    {
        var discussion = NewDiscussion();
        var held = NewDiscussion();
        held.RecordOutcome(Outcome(), Guid.NewGuid(), Calendar);

        RuleAssert.Refuses<DiscussionsJoinedAreNotHeld>(() => discussion.Convene(ScheduledFor, "lcpp.j-khan_01", [Nurse], [held]), "discussedWith");

        Assert.Null(discussion.ScheduledFor);
        Assert.Null(discussion.JointMeetingId);
    }
}
