namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// One safeguard in a family plan: what is done, who does it (often a network member, so personal data),
/// when, and what happens if it fails.
/// </summary>
public sealed record Safeguard(string Action, string Responsible, string When, string Contingency);
