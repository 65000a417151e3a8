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
    /// <summary>Closed before the meeting (<see cref="RequestClosure"/>): the process ended, or not in the child's best interests.</summary>
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Requested, Offered, Accepted, Scheduled, Held, Declined, Closed];

    /// <summary>Still on its way to a meeting: what an exit from the process closes.</summary>
    public static IReadOnlyList<string> Open { get; } = [Requested, Offered, Accepted, Scheduled];
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
