using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Application;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>The family networks measures read off committed events: meetings offered, accepted and held.</summary>
public sealed class FamilyNetworksMeasuresTests() : MeasuresTest<FamilyNetworksMeasures>(recorded => new FamilyNetworksMeasures(recorded))
{
    [Fact]
    public void Meetings_are_counted_offered_answered_and_held()
    {
        var request = Guid.NewGuid();
        Measures.Record(new FamilyNetworkMeetingRequested(request, null, "C1", FamilyNetworkStages.Section47, Instant("2026-11-26T10:00:00Z")));
        Measures.Record(new FamilyNetworkMeetingOffered(Guid.NewGuid(), request, null, "C1", D("2026-11-26"), 2));
        Measures.Record(new FamilyNetworkMeetingOfferAnswered(Guid.NewGuid(), request, null, "C1", D("2026-11-27"), "declined", false));
        Measures.Record(new FamilyNetworkMeetingOfferAnswered(Guid.NewGuid(), request, null, "C1", D("2026-11-27"), "accepted", true));
        Measures.Record(new FamilyNetworkMeetingHeld(Guid.NewGuid(), request, null, "C1", D("2026-12-02"), 6, true));

        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.requested", ("stage", "section-47")));
        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.offered"));
        Assert.Equal(2, Recorded.Total("macpt.family_network_meetings.people_offered"));
        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.answers", ("answer", "accepted")));
        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.answers", ("answer", "declined")));
        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.held", ("child_took_part", true)));
    }

    [Fact]
    public void A_closed_request_is_counted_by_reason()
    {
        Measures.Record(new FamilyNetworkMeetingRequestClosed(Guid.NewGuid(), null, "C1", FamilyNetworkStages.Section47, D("2026-12-02"), MeetingRequestClosureReasons.Section47NoConference));

        Assert.Equal(1, Recorded.Total("macpt.family_network_meetings.closed", ("stage", "section-47"), ("reason", "section-47-no-conference")));
    }
}
