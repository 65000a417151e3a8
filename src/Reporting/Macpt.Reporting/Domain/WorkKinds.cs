namespace Macpt.Reporting.Domain;

/// <summary>
/// The statutory duties on the morning work list (REPORTING-API.md §3), each opened by one event and closed by another.
/// Records to distribute come with issue 20.
/// </summary>
public static class WorkKinds
{
    /// <summary>ReferralReceived → ReferralDecided (1 working day; Working Together 2023, ch. 4; timescales.md T1).</summary>
    public const string ReferralDecision = "referral-decision";
    /// <summary>StrategyDiscussionRequested → StrategyDiscussionHeld (timescales.md T2: local target).</summary>
    public const string StrategyDiscussion = "strategy-discussion";
    /// <summary>AgencyCheckRequested → AgencyCheckAnswered, or its Section 47 completed.</summary>
    public const string AgencyCheck = "agency-check";
    /// <summary>Section47EnquiryCompleted (conference required) → InitialConferenceScheduled (by the ICPC target, T4).</summary>
    public const string ConferenceToArrange = "conference-to-arrange";
    /// <summary>InitialConferenceScheduled → ConferenceHeld (initial), by its target (T4).</summary>
    public const string ConferenceToHold = "conference-to-hold";
    /// <summary>A plan's core group: the first within 10 working days of the ICPC (T5), then at the local cadence.</summary>
    public const string CoreGroup = "core-group";
    /// <summary>A plan's review conference: within 3 months of the ICPC, then at most every 6 months (T6a, T6b).</summary>
    public const string ReviewConference = "review-conference";
    /// <summary>AdvocacyOffered → answered, or the parent's advocacy ended.</summary>
    public const string AdvocacyOffer = "advocacy-offer";
    /// <summary>FamilyNetworkMeetingOffered → the offer settled, or the request closed (Children Act 1989 s.31ZA).</summary>
    public const string FamilyNetworkOffer = "family-network-offer";
    /// <summary>A professional disagreement at its current stage → resolved (timescales.md §5: local stages).</summary>
    public const string Disagreement = "disagreement";

    public static IReadOnlyList<string> All { get; } =
        [ReferralDecision, StrategyDiscussion, AgencyCheck, ConferenceToArrange, ConferenceToHold, CoreGroup, ReviewConference, AdvocacyOffer, FamilyNetworkOffer, Disagreement];
}
