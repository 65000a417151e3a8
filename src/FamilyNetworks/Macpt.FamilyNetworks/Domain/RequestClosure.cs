namespace Macpt.FamilyNetworks.Domain;

/// <summary>
/// Why and when a request was closed before its meeting was held (<see cref="Contracts.FamilyNetworks.MeetingRequestClosureReasons"/>):
/// the process it served ended (<see cref="SourceId"/> the enquiry, conference or plan that ended it), or the local
/// authority decided the meeting is not in the child's best interests (who decided and their explanation, held here only).
/// </summary>
public sealed record RequestClosure(string Reason, DateOnly ClosedOn, Guid? SourceId, string? DecidedBy, string? Explanation, DateTimeOffset RecordedAt);

/// <summary>An exit from the child protection process, as the upstream event says it: the child, the referral, the record that ended, the day, the reason.</summary>
public sealed record ProcessExit(string LaChildId, Guid? ReferralId, Guid SourceId, DateOnly EndedOn, string Reason);
