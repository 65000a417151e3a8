namespace Macpt.Enquiries.Domain;

/// <summary>
/// Who takes part in a strategy discussion: an agency (one of <see cref="Contracts.Agencies.StrategyDiscussion"/>),
/// the person's role and their id (never a name).
/// </summary>
public sealed record Attendee(string Agency, string Role, string? PractitionerId);
