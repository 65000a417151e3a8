using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A Section 47 enquiry is started by the strategy discussion that found the threshold met: it is about
/// the same child and referral, it starts on the day the discussion was held (the census
/// <c>S47ActualStartDate</c>) and it is open.
/// </summary>
public sealed class Section47EnquiryTests
{
    private static readonly DateTimeOffset DecidedAt = Instant("2026-11-25T11:00:00Z");

    [Fact]
    public void The_status_names_are_the_api_codes()
    {
        Assert.Equal("open", Section47Status.Open);
        Assert.Equal("completed", Section47Status.Completed);
    }

    [Fact]
    public void Start_takes_the_referral_and_the_child_from_the_discussion_and_starts_the_day_it_was_held()
    {
        var referralId = Guid.NewGuid();
        var discussion = StrategyDiscussion.RequestedByReferral(
            Guid.NewGuid(), referralId, "RB123456", StrategyDiscussionUrgency.Standard, DecidedAt, D("2026-11-26"), DecidedAt);
        var id = Guid.NewGuid();
        var heldOn = D("2026-11-27");
        var target = D("2026-12-18");
        var now = Instant("2026-11-27T16:30:00Z");

        var enquiry = Section47Enquiry.Start(id, discussion, heldOn, target, now);

        Assert.Equal(id, enquiry.Id);
        Assert.Equal(discussion.Id, enquiry.StrategyDiscussionId);
        Assert.Equal(referralId, enquiry.ReferralId);
        Assert.Equal("RB123456", enquiry.LaChildId);
        Assert.Equal(heldOn, enquiry.StartDate);
        Assert.Equal(heldOn, enquiry.StrategyDiscussionDate);
        Assert.Equal(enquiry.StrategyDiscussionDate, enquiry.StartDate);
        Assert.Equal(target, enquiry.InitialConferenceTarget);
        Assert.Equal(now, enquiry.CreatedAt);
        Assert.Equal("open", enquiry.Status);
    }

    [Fact]
    public void The_start_date_is_the_day_held_not_the_day_asked_for_or_recorded()
    {
        // Asked for on 25 November, held on Saturday 28 November, recorded on Monday 30 November.
        var discussion = StrategyDiscussion.RequestedByReferral(
            Guid.NewGuid(), Guid.NewGuid(), "RB654321", StrategyDiscussionUrgency.Immediate, DecidedAt, D("2026-11-25"), DecidedAt);

        var enquiry = Section47Enquiry.Start(Guid.NewGuid(), discussion, D("2026-11-28"), D("2026-12-18"), Instant("2026-11-30T09:00:00Z"));

        Assert.Equal(D("2026-11-28"), enquiry.StartDate);
        Assert.Equal(D("2026-11-28"), enquiry.StrategyDiscussionDate);
    }

    private static Section47Enquiry OpenEnquiry(string heldOn = "2026-11-27", string target = "2026-12-18")
    {
        var discussion = StrategyDiscussion.RequestedByReferral(
            Guid.NewGuid(), Guid.NewGuid(), "RB123456", StrategyDiscussionUrgency.Standard, DecidedAt, D("2026-11-26"), DecidedAt);
        return Section47Enquiry.Start(Guid.NewGuid(), discussion, D(heldOn), D(target), Instant("2026-11-27T16:30:00Z"));
    }

    private static ChildSeen Seen(string on = "2026-11-30") => new(D(on), true, "I want to stay with my nan.", null, "sw-12");

    private static Section47Outcome Outcome(string completedOn = "2026-12-04", string? notSeenReason = null) =>
        new("conference-required", "Substantiated.", D(completedOn), notSeenReason, "lcpp-0042", Instant("2026-12-04T16:00:00Z"));

    [Fact]
    public void The_child_seen_is_recorded_and_completing_makes_it_completed()
    {
        var enquiry = OpenEnquiry();
        enquiry.RecordChildSeen(Seen());
        enquiry.Complete(Outcome());

        Assert.Equal("completed", enquiry.Status);
        Assert.Equal(D("2026-11-30"), enquiry.ChildSeen!.SeenOn);
    }

    [Fact]
    public void The_child_seen_on_the_day_the_enquiry_started_is_accepted() =>
        OpenEnquiry().RecordChildSeen(Seen("2026-11-27"));

    [Fact]
    public void The_child_seen_before_the_enquiry_started_is_refused() =>
        RuleAssert.Refuses<ChildIsNotSeenBeforeTheEnquiryStarted>(() => OpenEnquiry().RecordChildSeen(Seen("2026-11-26")), "seenOn");

    [Fact]
    public void Nothing_more_is_recorded_on_a_completed_enquiry()
    {
        var enquiry = OpenEnquiry();
        enquiry.Complete(Outcome(notSeenReason: "In hospital."));

        RuleAssert.Refuses<ChildSeenIsRecordedWhileTheEnquiryIsOpen>(() => enquiry.RecordChildSeen(Seen()), "seenOn");
        Assert.Null(enquiry.ChildSeen);
    }

    [Fact]
    public void An_enquiry_is_completed_once()
    {
        var enquiry = OpenEnquiry();
        var first = Outcome(notSeenReason: "In hospital.");
        enquiry.Complete(first);

        RuleAssert.Refuses<EnquiryIsCompletedOnce>(() => enquiry.Complete(Outcome(notSeenReason: "Other.")), "outcome");
        Assert.Same(first, enquiry.Outcome);
    }

    [Fact]
    public void An_enquiry_completed_before_it_started_is_refused() =>
        RuleAssert.Refuses<EnquiryIsNotCompletedBeforeItStarted>(() => OpenEnquiry().Complete(Outcome("2026-11-26", "In hospital.")), "completedOn");

    [Fact]
    public void An_enquiry_is_not_completed_without_the_child_seen_or_the_reason()
    {
        var enquiry = OpenEnquiry();

        RuleAssert.Refuses<ChildMustBeSeen>(() => enquiry.Complete(Outcome()), "notSeenReason");
        Assert.Equal("open", enquiry.Status);
        enquiry.Complete(Outcome(notSeenReason: "Admitted to hospital; seen by the paediatrician."));
        Assert.Equal("completed", enquiry.Status);
    }

    [Fact]
    public void A_check_is_due_by_the_local_target_capped_at_the_icpc_target()
    {
        var enquiry = OpenEnquiry(target: "2026-12-02");
        var now = Instant("2026-11-30T10:00:00Z");

        var check = enquiry.RequestCheck(Guid.NewGuid(), "police", "What do you hold?", "sw-12", null, D("2026-12-03"), D("2026-11-30"), now);

        Assert.Equal(D("2026-12-02"), check.DueOn);
        Assert.Equal(enquiry.Id, check.EnquiryId);
        Assert.Equal("police", check.Agency);
        Assert.Equal(now, check.RequestedAt);
    }

    [Fact]
    public void A_check_is_not_asked_of_a_completed_enquiry()
    {
        var enquiry = OpenEnquiry();
        enquiry.Complete(Outcome(notSeenReason: "In hospital."));

        RuleAssert.Refuses<ChecksAreAskedWhileTheEnquiryIsOpen>(
            () => enquiry.RequestCheck(Guid.NewGuid(), "police", "q", "sw-12", null, D("2026-12-09"), D("2026-12-04"), Instant("2026-12-04T17:00:00Z")), "agency");
    }

    [Fact]
    public void A_check_due_in_the_past_is_refused() =>
        RuleAssert.Refuses<AgencyCheckIsNotDueInThePast>(
            () => OpenEnquiry().RequestCheck(Guid.NewGuid(), "police", "q", "sw-12", D("2026-11-29"), D("2026-12-03"), D("2026-11-30"), Instant("2026-11-30T10:00:00Z")), "dueOn");

    [Fact]
    public void A_check_due_after_the_icpc_target_is_refused() =>
        RuleAssert.Refuses<AgencyCheckIsDueBeforeTheInitialConference>(
            () => OpenEnquiry().RequestCheck(Guid.NewGuid(), "police", "q", "sw-12", D("2026-12-21"), D("2026-12-03"), D("2026-11-30"), Instant("2026-11-30T10:00:00Z")), "dueOn");
}
