namespace Macpt.Reporting.Domain;

/// <summary>
/// The kinds of step on a child's timeline, one per event (REPORTING-API.md §1), in the fixed order that breaks ties
/// between steps of the same day and time: the order a case moves through them.
/// </summary>
public static class StepKinds
{
    public const string ReferralReceived = "referral-received";
    public const string ReferralDecided = "referral-decided";
    public const string ConsultationRequested = "consultation-requested";
    public const string ConsultationAnswered = "consultation-answered";
    public const string StrategyDiscussionRequested = "strategy-discussion-requested";
    public const string StrategyDiscussionHeld = "strategy-discussion-held";
    public const string Section47Started = "section-47-started";
    public const string AgencyCheckRequested = "agency-check-requested";
    public const string AgencyCheckAnswered = "agency-check-answered";
    public const string Section47Completed = "section-47-completed";
    public const string InitialConferenceScheduled = "initial-conference-scheduled";
    public const string ConferenceHeld = "conference-held";
    public const string PlanStarted = "plan-started";
    public const string CoreGroupHeld = "core-group-held";
    public const string PlanReviewed = "plan-reviewed";
    public const string ReviewBroughtForward = "review-brought-forward";
    public const string PlanEnded = "plan-ended";
    public const string ChildBorn = "child-born";
    public const string FamilyNetworkMeetingRequested = "family-network-meeting-requested";
    public const string FamilyNetworkMeetingOffered = "family-network-meeting-offered";
    public const string FamilyNetworkOfferAnswered = "family-network-offer-answered";
    public const string FamilyNetworkMeetingHeld = "family-network-meeting-held";
    public const string FamilyPlanAgreed = "family-plan-agreed";
    public const string FamilyNetworkRequestClosed = "family-network-request-closed";
    public const string PreProceedingsRecorded = "pre-proceedings-recorded";
    public const string AdvocacyOffered = "advocacy-offered";
    public const string AdvocacyOfferAnswered = "advocacy-offer-answered";
    public const string AdvocateAllocated = "advocate-allocated";
    public const string AdvocacyEnded = "advocacy-ended";
    public const string DisagreementRaised = "disagreement-raised";
    public const string DisagreementEscalated = "disagreement-escalated";
    public const string DisagreementResolved = "disagreement-resolved";
    public const string SteppedDown = "stepped-down";

    public static IReadOnlyList<string> All { get; } =
    [
        ReferralReceived, ReferralDecided, ConsultationRequested, ConsultationAnswered, StrategyDiscussionRequested,
        StrategyDiscussionHeld, Section47Started, AgencyCheckRequested, AgencyCheckAnswered, Section47Completed,
        InitialConferenceScheduled, ConferenceHeld, PlanStarted, CoreGroupHeld, PlanReviewed, ReviewBroughtForward, PlanEnded,
        ChildBorn, FamilyNetworkMeetingRequested, FamilyNetworkMeetingOffered, FamilyNetworkOfferAnswered,
        FamilyNetworkMeetingHeld, FamilyPlanAgreed, FamilyNetworkRequestClosed, PreProceedingsRecorded, AdvocacyOffered,
        AdvocacyOfferAnswered, AdvocateAllocated, AdvocacyEnded, DisagreementRaised, DisagreementEscalated,
        DisagreementResolved, SteppedDown,
    ];

    private static readonly Dictionary<string, int> Order = All.Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => x.i, StringComparer.Ordinal);

    public static int OrderOf(string kind) => Order.GetValueOrDefault(kind, All.Count);
}
