namespace Macpt.Referrals.Domain;

/// <summary>Where the child lives. Personal data: kept in the referrals service only.</summary>
public sealed record Address(string? Line1, string? Line2, string? Town, string? Postcode);
