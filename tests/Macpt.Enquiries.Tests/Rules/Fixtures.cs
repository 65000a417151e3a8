using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

internal static class Fixtures
{
    public static readonly DateTimeOffset AskedAt = Instant("2026-11-25T11:00:00Z");
    public static readonly Attendee SocialWorker = new("local-authority", "Social worker", "sw-1");
    public static readonly Attendee Police = new("police", "Detective sergeant", "pol-1");
    public static readonly Attendee Nurse = new("health", "Named nurse", null);

    public static StrategyDiscussion Discussion() => StrategyDiscussion.RequestedByReferral(
        Guid.NewGuid(), Guid.NewGuid(), "RB123456", StrategyDiscussionUrgency.Standard, AskedAt, D("2026-11-26"), AskedAt);

    public static StrategyDiscussionOutcome DiscussionOutcome(string heldOn = "2026-11-26", bool thresholdMet = true) => new(
        D(heldOn), thresholdMet, "Reasons.", [SocialWorker, Police, Nurse], [], false, "lcpp-1", Instant("2026-11-26T16:00:00Z"));

    public static StrategyDiscussion Held()
    {
        var d = Discussion();
        d.RecordOutcome(DiscussionOutcome(thresholdMet: false), Guid.NewGuid(), Calendar);
        return d;
    }

    /// <summary>An open enquiry started on 27 November 2026, its ICPC target 18 December.</summary>
    public static Section47Enquiry Enquiry() => Section47Enquiry.Start(Guid.NewGuid(), Discussion(), D("2026-11-27"), D("2026-12-18"), Instant("2026-11-27T16:00:00Z"));

    public static Section47Outcome EnquiryOutcome(string? notSeenReason = "In hospital.") =>
        new("not-substantiated", "Reasons.", D("2026-12-01"), notSeenReason, "lcpp-1", Instant("2026-12-01T12:00:00Z"), "fh-0007", D("2026-12-02"));

    public static Section47Enquiry Completed()
    {
        var e = Enquiry();
        e.Complete(EnquiryOutcome());
        return e;
    }

    public static AgencyCheck Check() =>
        Enquiry().RequestCheck(Guid.NewGuid(), "police", "What do you hold?", "sw-12", null, D("2026-12-02"), D("2026-11-27"), Instant("2026-11-27T17:00:00Z"));
}
