namespace Macpt.Enquiries.Domain;

/// <summary>
/// A multi-agency strategy discussion about one child (Working Together 2023, ch. 4): convened when
/// a referral is decided for strategy discussion or immediate protection, or directly by an LCPP for a
/// child already known (a new concern on an open case). Siblings may be discussed together at one meeting
/// (<see cref="JointMeetingId"/>), each keeping their own outcome.
/// </summary>
public sealed class StrategyDiscussion
{
    private StrategyDiscussion() { }

    public Guid Id { get; private init; }
    /// <summary>The referral (CIN episode) that asked for it; null when convened for a child already known.</summary>
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Urgency { get; private init; } = "";
    public string Status { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private init; }
    public DateOnly DueBy { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? ScheduledFor { get; private set; }
    /// <summary>The chairing Lead Child Protection Practitioner's id.</summary>
    public string? ChairId { get; private set; }
    public List<Attendee> Attendees { get; private set; } = [];
    public StrategyDiscussionOutcome? Outcome { get; private set; }
    /// <summary>Who asked for it: the referral's decision, or an LCPP directly (<see cref="RequestedBy"/>).</summary>
    public string Source { get; private init; } = StrategyDiscussionSource.Referral;
    public string? RequestedBy { get; private init; }
    /// <summary>The new concern that led an LCPP to convene it directly: free text, never logged or published.</summary>
    public string? Concern { get; private init; }
    /// <summary>Shared by the discussions of children discussed together at one meeting.</summary>
    public Guid? JointMeetingId { get; private set; }
    public uint Version { get; private set; }

    /// <summary>Sets (or moves) the date, the chair and who is invited; not once the discussion is held.</summary>
    public void Convene(DateTimeOffset scheduledFor, string chairId, IEnumerable<Attendee> attendees, Guid? jointMeetingId = null)
    {
        if (Outcome is not null) throw new InvalidOperationException("The discussion has been held.");
        JointMeetingId = jointMeetingId;
        ScheduledFor = scheduledFor;
        ChairId = chairId;
        Attendees = attendees.ToList();
        Status = StrategyDiscussionStatus.Convened;
    }

    /// <summary>Records the threshold decision (see <see cref="Rules.RequiredAttendees"/>).</summary>
    public void RecordOutcome(StrategyDiscussionOutcome outcome)
    {
        if (Outcome is not null) throw new InvalidOperationException("The discussion's outcome has already been recorded.");
        Outcome = outcome;
        Status = StrategyDiscussionStatus.Held;
    }

    public static StrategyDiscussion RequestedByReferral(Guid id, Guid referralId, string laChildId, string urgency,
        DateTimeOffset requestedAt, DateOnly dueBy, DateTimeOffset createdAt) => new()
    {
        Id = id,
        ReferralId = referralId,
        LaChildId = laChildId,
        Urgency = urgency,
        Status = StrategyDiscussionStatus.Awaiting,
        RequestedAt = requestedAt,
        DueBy = dueBy,
        CreatedAt = createdAt,
    };

    public static StrategyDiscussion RequestedDirectly(Guid id, Guid? referralId, string laChildId, string urgency, string concern,
        string requestedBy, DateTimeOffset requestedAt, DateOnly dueBy) => new()
    {
        Id = id,
        ReferralId = referralId,
        LaChildId = laChildId,
        Urgency = urgency,
        Status = StrategyDiscussionStatus.Awaiting,
        Source = StrategyDiscussionSource.Direct,
        RequestedBy = requestedBy,
        Concern = concern,
        RequestedAt = requestedAt,
        DueBy = dueBy,
        CreatedAt = requestedAt,
    };
}

public static class StrategyDiscussionSource
{
    public const string Referral = "referral";
    public const string Direct = "direct";
}

public static class StrategyDiscussionStatus
{
    public const string Awaiting = "awaiting";
    public const string Convened = "convened";
    public const string Held = "held";
}

public static class StrategyDiscussionUrgency
{
    /// <summary>Emergency action taken or needed: due at once.</summary>
    public const string Immediate = "immediate";
    public const string Standard = "standard";

    public static readonly IReadOnlyList<string> All = [Immediate, Standard];
}
