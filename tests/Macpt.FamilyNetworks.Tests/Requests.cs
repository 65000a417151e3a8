using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Meeting requests at each step, asked for on Monday 16 November 2026 (London).</summary>
internal static class Requests
{
    public static readonly DateTimeOffset AskedAt = Instant("2026-11-16T10:00:00Z");

    public static FamilyNetworkMeetingRequest New(string stage = FamilyNetworkStages.PreConference, DateTimeOffset? askedAt = null) =>
        FamilyNetworkMeetingRequest.Create(Guid.NewGuid(), "C123", stage, Guid.NewGuid(), Guid.NewGuid(), RequestSources.Practitioner, null,
            "lcpp-1", askedAt ?? AskedAt, null, askedAt ?? AskedAt);

    public static FamilyNetworkMeetingRequest Offered(string offeredOn = "2026-11-17", string stage = FamilyNetworkStages.PreConference)
    {
        var r = New(stage);
        r.RecordOffer(new FamilyNetworkOffer([new OfferedPerson("A Parent", OfferedRelationships.Mother)], D(offeredOn), "lcpp-1",
            stage == FamilyNetworkStages.PreProceedings ? D(offeredOn) : null, AskedAt));
        return r;
    }

    public static FamilyNetworkMeetingRequest Answered(bool accepted, string answeredOn = "2026-11-18")
    {
        var r = Offered();
        r.RecordAnswer(new OfferAnswer(accepted, D(answeredOn), accepted ? null : "Not now.", "lcpp-1", AskedAt));
        return r;
    }

    public static FamilyNetworkMeetingRequest Prepared(string allocatedOn = "2026-11-18")
    {
        var r = Answered(accepted: true);
        r.Allocate(new Coordinator("fgc-1", true, D(allocatedOn), "lcpp-1"));
        return r;
    }

    public static FamilyNetworkMeeting Meeting(string heldOn = "2026-11-20") =>
        new(Guid.NewGuid(), D(heldOn),
            [new NetworkMember("A Grandmother", NetworkRelationships.Grandparent, [NetworkOffers.Care], true),
             new NetworkMember("An Uncle", NetworkRelationships.AuntOrUncle, [], false)],
            new ChildParticipation(true, ChildParticipationWays.ViewsShared), true, "fgc-1", "fgc-1", AskedAt);

    public static FamilyNetworkMeetingRequest Held(string heldOn = "2026-11-20")
    {
        var r = Prepared();
        r.RecordMeeting(Meeting(heldOn));
        return r;
    }

    public static FamilyPlan Plan(string agreedOn = "2026-11-20", string reviewDue = "2026-12-20") =>
        FamilyPlan.Agree(Guid.NewGuid(), Held(), D(agreedOn), [new Safeguard("Collects from school", "A Grandmother", "Daily", "An Uncle collects")],
            true, "lcpp-1", D(reviewDue), AskedAt);
}
