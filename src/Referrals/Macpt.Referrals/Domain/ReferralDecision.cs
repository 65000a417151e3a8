namespace Macpt.Referrals.Domain;

/// <summary>What the MACPT decided, why, who decided (an LCPP id) and when.</summary>
public sealed record ReferralDecision(string Type, string Reason, string DecidedBy, DateTimeOffset DecidedAt);
