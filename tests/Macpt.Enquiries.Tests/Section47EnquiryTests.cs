using Macpt.Enquiries.Domain;

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
}
