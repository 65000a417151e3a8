using Macpt.Advocacy.Domain;
using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Tests;

/// <summary>Domain objects for the rule tests, in their usual state unless told otherwise.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = TestDates.Instant("2026-03-02T10:00:00Z");

    public static Parent Parent(string laChildId = "C100") =>
        Domain.Parent.Register(Guid.NewGuid(), laChildId, "A parent", "mother", "en", false, [ContactChannels.Phone], "07700 900000", null, null, "sw-1", Now);

    public static Episode Episode(string stage = AdvocacyStages.Section47, string laChildId = "C100") =>
        Domain.Episode.Open(Guid.NewGuid(), $"referral:{Guid.NewGuid():N}", Guid.NewGuid(), laChildId, stage, Now);

    /// <summary>An exit from the process for the episode's child on 2026-03-02 (<see cref="EpisodeEndReasons"/>).</summary>
    public static EpisodeExit Exit(string reason = EpisodeEndReasons.PlanEnded, string laChildId = "C100") =>
        new(laChildId, null, null, null, Guid.NewGuid(), TestDates.D("2026-03-02"), reason);

    public static AdvocacyOffer Offer(Parent? parent = null, Episode? episode = null) =>
        AdvocacyOffer.Make(Guid.NewGuid(), parent ?? Parent(), episode ?? Episode(), Now, TestDates.D("2026-03-02"));

    public static AdvocacyOffer Accepted() { var o = Offer(); o.Answer(OfferAnswers.Accepted, TestDates.D("2026-03-02"), "sw-1"); return o; }

    public static AdvocacyOffer Declined() { var o = Offer(); o.Answer(OfferAnswers.Declined, TestDates.D("2026-03-02"), "sw-1"); return o; }

    public static AdvocacyOffer Withdrawn() { var o = Accepted(); o.WithdrawConsent(Now, "sw-1"); return o; }

    public static Advocate Advocate(int capacity = 3, int openCases = 0)
    {
        var a = Domain.Advocate.Join(Guid.NewGuid(), Guid.NewGuid(), "An advocate", true, ["en"], Math.Max(capacity, openCases), Now);
        for (var i = 0; i < openCases; i++) a.TakeCase();
        a.SetCapacity(capacity);
        return a;
    }

    /// <summary>An active allocation made at <see cref="Now"/> (London date 2026-03-02).</summary>
    public static Allocation Allocation(AdvocacyOffer? offer = null, Advocate? advocate = null) =>
        Domain.Allocation.Make(Guid.NewGuid(), offer ?? Accepted(), Episode(), hasActiveAllocation: false, advocate ?? Advocate(), "sw-1", Now);

    public static Allocation Ended(DateTimeOffset at)
    {
        var allocation = Allocation();
        allocation.End(at, AdvocacyEndReasons.EpisodeEnded);
        return allocation;
    }
}
