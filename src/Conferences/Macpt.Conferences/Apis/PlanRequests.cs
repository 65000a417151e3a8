namespace Macpt.Conferences.Apis;

public sealed record CoreGroupMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? Attended, string? RecordedBy);

/// <summary>Ends a plan outside a review conference (the child moved away, became looked after, ...).</summary>
public sealed record EndPlanRequest(DateOnly? EndDate, string? ReasonCode, bool? StepDownToFamilyHelp, string? FamilyHelpLeadId, string? RecordedBy);
