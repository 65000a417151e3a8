using Macpt.Enquiries.Domain;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// A partner agency sees a strategy discussion it is part of: invited when it was convened, or recorded as attending
/// when it was held. Any other discussion is not its business (the API answers 404).
/// </summary>
public sealed class StrategyDiscussionInvolvesTests
{
    private static readonly DateTimeOffset DecidedAt = Instant("2026-11-25T11:00:00Z");
    private static readonly Attendee SocialWorker = new("local-authority", "Social worker", "sw.a-jones");
    private static readonly Attendee PoliceOfficer = new("police", "Detective sergeant", "ds.b-khan");
    private static readonly Attendee Nurse = new("health", "Named nurse", null);

    private static StrategyDiscussion NewDiscussion() => StrategyDiscussion.RequestedByReferral(
        Guid.NewGuid(), Guid.NewGuid(), "RB123456", StrategyDiscussionUrgency.Standard, DecidedAt, D("2026-11-26"), DecidedAt.AddSeconds(2));

    [Fact]
    public void A_discussion_not_yet_convened_involves_no_partner()
    {
        var discussion = NewDiscussion();

        Assert.False(discussion.Involves("police"));
        Assert.False(discussion.Involves("health"));
    }

    [Fact]
    public void The_agencies_invited_are_involved_and_the_others_are_not()
    {
        var discussion = NewDiscussion();
        discussion.Convene(Instant("2026-11-26T14:00:00Z"), "lcpp.j-khan_01", [SocialWorker, PoliceOfficer]);

        Assert.True(discussion.Involves("police"));
        Assert.False(discussion.Involves("health"));
        Assert.False(discussion.Involves("education"));
    }

    [Fact]
    public void An_agency_recorded_as_attending_is_involved_though_it_was_not_invited()
    {
        var discussion = NewDiscussion();
        discussion.Convene(Instant("2026-11-26T14:00:00Z"), "lcpp.j-khan_01", [SocialWorker, PoliceOfficer]);
        discussion.RecordOutcome(new StrategyDiscussionOutcome(D("2026-11-26"), false, "No reasonable cause.", [SocialWorker, PoliceOfficer, Nurse], [],
            false, "lcpp.j-khan_01", Instant("2026-11-26T16:00:00Z")), Guid.NewGuid(), Calendar);

        Assert.True(discussion.Involves("health"));
        Assert.False(discussion.Involves("education"));
    }
}
