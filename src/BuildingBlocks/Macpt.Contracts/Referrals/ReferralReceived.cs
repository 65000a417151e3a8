namespace Macpt.Contracts.Referrals;

/// <summary>
/// A referral was recorded at the front door; its decision is due by <see cref="DecisionDueBy"/>.
/// Fields after <see cref="IsUnborn"/> were added later: consumers must accept their defaults.
/// </summary>
public sealed record ReferralReceived(
    Guid ReferralId,
    string LaChildId,
    DateTimeOffset ReceivedAt,
    DateOnly DecisionDueBy,
    string ReferralSource,
    bool IsUnborn,
    bool IsReReferral = false,
    Guid? PreviousReferralId = null,
    /// <summary>Set when siblings were referred together; each sibling's event carries the same id.</summary>
    Guid? HouseholdId = null,
    string? HarmContext = null,
    IReadOnlyList<string>? SuspectedCategories = null,
    /// <summary>The referring caller's agency (from its token; <c>Agencies</c>): a partner sees the referrals it made.</summary>
    string? ReferrerAgency = null);
