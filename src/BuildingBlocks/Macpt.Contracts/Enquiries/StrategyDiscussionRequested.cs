namespace Macpt.Contracts.Enquiries;

/// <summary>
/// A strategy discussion is to be held for a child (after a referral decision, or convened by an LCPP), by
/// <see cref="DueBy"/>: the day it was asked for when the child needs immediate protection.
/// </summary>
public sealed record StrategyDiscussionRequested(
    Guid StrategyDiscussionId,
    Guid? ReferralId,
    string LaChildId,
    string Urgency,
    DateTimeOffset RequestedAt,
    DateOnly DueBy);
