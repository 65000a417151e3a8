namespace Macpt.Conferences.Domain;

/// <summary>
/// Who holds the case (practitioner ids): the allocated social worker, their line manager and the
/// allocated Lead Child Protection Practitioner. No event carries them, so the conference records them
/// to check that its chair is independent of the case.
/// </summary>
public sealed record CaseTeam(string SocialWorkerId, string LineManagerId, string LcppId, string RecordedBy, DateTimeOffset RecordedAt);
