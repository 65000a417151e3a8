namespace Macpt.Contracts.Referrals;

/// <summary>
/// A practitioner outside the MACPT asked for a case consultation. <see cref="LaChildId"/> is null when the
/// consultation is anonymous (no child is named, so it joins no child's record).
/// </summary>
public sealed record ConsultationRequested(
    Guid ConsultationId,
    string? LaChildId,
    string Agency,
    DateTimeOffset RequestedAt,
    DateOnly AnswerDueBy);
