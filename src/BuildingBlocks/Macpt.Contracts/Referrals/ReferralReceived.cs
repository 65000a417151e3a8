namespace Macpt.Contracts.Referrals;

/// <summary>A referral was recorded at the front door; its decision is due by <see cref="DecisionDueBy"/>.</summary>
public sealed record ReferralReceived(
    Guid ReferralId,
    string LaChildId,
    DateTimeOffset ReceivedAt,
    DateOnly DecisionDueBy,
    string ReferralSource,
    bool IsUnborn);
