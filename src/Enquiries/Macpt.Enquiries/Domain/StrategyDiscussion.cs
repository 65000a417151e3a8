namespace Macpt.Enquiries.Domain;

/// <summary>
/// A multi-agency strategy discussion about one child (Working Together 2023, ch. 4): convened when
/// a referral is decided for strategy discussion or immediate protection.
/// </summary>
public sealed class StrategyDiscussion
{
    private StrategyDiscussion() { }

    public Guid Id { get; private init; }
    /// <summary>The referral (CIN episode) that asked for it; null when convened for a child already known.</summary>
    public Guid? ReferralId { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Urgency { get; private init; } = "";
    public string Status { get; private init; } = "";
    public DateTimeOffset RequestedAt { get; private init; }
    public DateOnly DueBy { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }

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
}

public static class StrategyDiscussionStatus
{
    public const string Awaiting = "awaiting";
}

public static class StrategyDiscussionUrgency
{
    /// <summary>Emergency action taken or needed: due at once.</summary>
    public const string Immediate = "immediate";
    public const string Standard = "standard";
}
