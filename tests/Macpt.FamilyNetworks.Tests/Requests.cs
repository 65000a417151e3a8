using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>Meeting requests at each step, asked for on Monday 16 November 2026 (London); today is 25 November.</summary>
internal static class Requests
{
    public static readonly DateTimeOffset AskedAt = Instant("2026-11-16T10:00:00Z");
    public static readonly DateOnly Today = D("2026-11-25");

    public static FamilyNetworkMeetingRequest New(string stage = FamilyNetworkStages.PreConference, DateTimeOffset? askedAt = null) =>
        FamilyNetworkMeetingRequest.Create(Guid.NewGuid(), "C123", stage, Guid.NewGuid(), Guid.NewGuid(), RequestSources.Practitioner, null,
            "lcpp-1", askedAt ?? AskedAt, null, askedAt ?? AskedAt);

    /// <summary>The child protection process of the request's child and referral ended on 25 November.</summary>
    public static ProcessExit Exit(FamilyNetworkMeetingRequest r, string reason = MeetingRequestClosureReasons.Section47NoConference, Guid? referralId = null) =>
        new(r.LaChildId, referralId ?? r.ReferralId, Guid.NewGuid(), D("2026-11-25"), reason);

    public static FamilyNetworkMeetingRequest Closed()
    {
        var r = Offered(stage: FamilyNetworkStages.Section47);
        r.CloseAtExit(Exit(r), AskedAt);
        return r;
    }

    /// <summary>The mother and the father offered the meeting, both with parental responsibility.</summary>
    public static readonly Guid Mother = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    public static readonly Guid Father = Guid.Parse("00000000-0000-4000-8000-00000000000b");

    /// <summary>An offer to the mother (and, with <paramref name="toFather"/>, the father), both with parental responsibility.</summary>
    public static FamilyNetworkOffer Offer(string offeredOn = "2026-11-17", string? letterOn = null, bool toFather = false) =>
        new([new OfferedPerson(Mother, "A Parent", OfferedRelationships.Mother, true),
             .. toFather ? [new OfferedPerson(Father, "Another Parent", OfferedRelationships.Father, true)] : Array.Empty<OfferedPerson>()],
            D(offeredOn), "lcpp-1", letterOn is null ? null : D(letterOn), AskedAt);

    public static FamilyNetworkMeetingRequest Offered(string offeredOn = "2026-11-17", string stage = FamilyNetworkStages.PreConference)
    {
        var r = New(stage);
        r.RecordOffer(Offer(offeredOn, stage == FamilyNetworkStages.PreProceedings ? offeredOn : null), Today);
        return r;
    }

    public static OfferAnswer Answer(bool accepted, string answeredOn = "2026-11-18", Guid? personId = null) =>
        new(personId ?? Mother, accepted, D(answeredOn), accepted ? null : "Not now.", "lcpp-1", AskedAt);

    public static FamilyNetworkMeetingRequest Answered(bool accepted, string answeredOn = "2026-11-18")
    {
        var r = Offered();
        r.RecordAnswer(Answer(accepted, answeredOn), Today);
        return r;
    }

    public static Coordinator Coordinator(string allocatedOn = "2026-11-18", bool independent = true) => new("fgc-1", independent, D(allocatedOn), "lcpp-1");

    public static FamilyNetworkMeetingRequest Prepared(string allocatedOn = "2026-11-18")
    {
        var r = Answered(accepted: true);
        r.Allocate(Coordinator(allocatedOn), Today);
        return r;
    }

    /// <summary>Records the meeting as held on <paramref name="heldOn"/>.</summary>
    public static FamilyNetworkMeeting Hold(FamilyNetworkMeetingRequest r, string heldOn = "2026-11-20") =>
        r.RecordMeeting(Guid.NewGuid(), D(heldOn),
            [new NetworkMember("A Grandmother", NetworkRelationships.Grandparent, [NetworkOffers.Care], true),
             new NetworkMember("An Uncle", NetworkRelationships.AuntOrUncle, [], false)],
            new ChildParticipation(true, ChildParticipationWays.ViewsShared), true, "fgc-1", AskedAt, Today);

    public static FamilyNetworkMeetingRequest Held(string heldOn = "2026-11-20")
    {
        var r = Prepared();
        Hold(r, heldOn);
        return r;
    }

    public static readonly Safeguard School = new("Collects from school", "A Grandmother", "Daily", "An Uncle collects");

    public static PlanTerms Terms(string agreedOn = "2026-11-20", string reviewDue = "2026-12-20") =>
        new(D(agreedOn), [School], true, "lcpp-1", D(reviewDue));

    public static FamilyPlan Plan(string agreedOn = "2026-11-20", string reviewDue = "2026-12-20") =>
        FamilyPlan.Agree(Guid.NewGuid(), Held(), Terms(agreedOn, reviewDue), AskedAt, Today);

    public static FamilyPlan Ended()
    {
        var plan = Plan();
        plan.End(new FamilyPlanEnding(D("2026-11-25"), FamilyPlanEndReasons.Achieved, "lcpp-1", default), Today);
        return plan;
    }
}
