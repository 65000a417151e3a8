namespace Macpt.Referrals.Domain;

/// <summary>Who referred: the agency, their role and how to reach them (to acknowledge within a working day).</summary>
public sealed record Referrer(string Agency, string? Role, string? Contact);
