namespace Macpt.Contracts.Referrals;

/// <summary>An LCPP answered a case consultation (the advice itself stays in referrals).</summary>
public sealed record ConsultationAnswered(
    Guid ConsultationId,
    string? LaChildId,
    string Agency,
    DateTimeOffset AnsweredAt,
    /// <summary>Set when the consultation became a referral.</summary>
    Guid? ReferralId = null);
