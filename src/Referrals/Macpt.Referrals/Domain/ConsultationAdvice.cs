namespace Macpt.Referrals.Domain;

/// <summary>What an LCPP advised, who gave the advice (their id) and when.</summary>
public sealed record ConsultationAdvice(string Text, string GivenBy, DateTimeOffset GivenAt);
