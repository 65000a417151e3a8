using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A request moves requested → offered → accepted (or declined) → scheduled → held, each step once (the refusals: Rules/).</summary>
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
        Requests.Hold(prepared);
        Assert.Equal(RequestStatus.Held, prepared.Status);
    }

    [Fact]
    public void A_coordinator_is_reallocated_until_the_meeting_is_held()
    {
        var request = Requests.Prepared();
        request.Allocate(new Coordinator("fgc-2", true, D("2026-11-19"), "lcpp-1"), Requests.Today);
        Assert.Equal("fgc-2", request.Coordinator!.CoordinatorId);
        Assert.Equal("fgc-2", Requests.Hold(request).CoordinatorId);
    }

    [Fact]
    public void A_meeting_counts_the_members_present() => Assert.Equal(1, Requests.Hold(Requests.Prepared()).MembersPresent);
}
