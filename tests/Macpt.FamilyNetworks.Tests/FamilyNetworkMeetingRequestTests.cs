using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A request moves requested → offered → accepted (or declined) → scheduled → held, each step once.</summary>
public sealed class FamilyNetworkMeetingRequestTests
{
    [Fact]
    public void The_steps_move_the_status()
    {
        Assert.Equal(RequestStatus.Requested, Requests.New().Status);
        Assert.Equal(RequestStatus.Offered, Requests.Offered().Status);
        Assert.Equal(RequestStatus.Accepted, Requests.Answered(accepted: true).Status);
        Assert.Equal(RequestStatus.Declined, Requests.Answered(accepted: false).Status);
        var prepared = Requests.Prepared();
        prepared.Schedule(D("2026-11-30"));
        Assert.Equal(RequestStatus.Scheduled, prepared.Status);
        prepared.RecordMeeting(Requests.Meeting());
        Assert.Equal(RequestStatus.Held, prepared.Status);
    }

    [Fact]
    public void Each_step_happens_once_and_in_order()
    {
        Assert.Throws<InvalidOperationException>(() => Requests.New().RecordAnswer(new OfferAnswer(true, D("2026-11-18"), null, "x", default)));
        Assert.Throws<InvalidOperationException>(() => Requests.Offered().RecordOffer(new FamilyNetworkOffer([], D("2026-11-18"), "x", null, default)));
        Assert.Throws<InvalidOperationException>(() => Requests.Answered(true).RecordAnswer(new OfferAnswer(true, D("2026-11-18"), null, "x", default)));
        Assert.Throws<InvalidOperationException>(() => Requests.Answered(false).Schedule(D("2026-11-30")));
        Assert.Throws<InvalidOperationException>(() => Requests.Answered(false).RecordMeeting(Requests.Meeting()));
        var held = Requests.Held();
        Assert.Throws<InvalidOperationException>(() => held.RecordMeeting(Requests.Meeting()));
        Assert.Throws<InvalidOperationException>(() => held.Allocate(new Coordinator("fgc-2", true, D("2026-11-21"), "x")));
        Assert.Throws<InvalidOperationException>(() => held.Schedule(D("2026-11-30")));
    }

    [Fact]
    public void A_meeting_counts_the_members_present() => Assert.Equal(1, Requests.Meeting().MembersPresent);
}
