namespace Macpt.FamilyNetworks.Domain;

/// <summary>Where a request for a family network meeting stands.</summary>
public static class RequestStatus
{
    /// <summary>Asked for; not yet offered to the family.</summary>
    public const string Requested = "requested";
    /// <summary>Offered; the family has not answered.</summary>
    public const string Offered = "offered";
    /// <summary>Accepted; the meeting has no date yet.</summary>
    public const string Accepted = "accepted";
    public const string Scheduled = "scheduled";
    public const string Held = "held";
    public const string Declined = "declined";

    public static IReadOnlyList<string> All { get; } = [Requested, Offered, Accepted, Scheduled, Held, Declined];
}

/// <summary>What asked for the meeting: an upstream event, or a practitioner directly.</summary>
public static class RequestSources
{
    public const string ReferralDecided = "referral-decided";
    public const string StrategyDiscussionHeld = "strategy-discussion-held";
    public const string Section47EnquiryStarted = "section-47-enquiry-started";
    public const string InitialConferenceScheduled = "initial-conference-scheduled";
    /// <summary>An LCPP or the family's lead practitioner.</summary>
    public const string Practitioner = "practitioner";
}
