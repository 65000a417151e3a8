using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

public sealed record CoreGroupMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? Attended, string? RecordedBy)
{
    public CoreGroupMeeting ToMeeting(DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), HeldOn!.Value, Attended!.Select(a => new Recipient(a!)).ToList(), RecordedBy!, now);
}

/// <summary>Ends a plan outside a review conference (the child moved away, became looked after, ...).</summary>
public sealed record EndPlanRequest(DateOnly? EndDate, string? ReasonCode, bool? StepDownToFamilyHelp, string? FamilyHelpLeadId, string? RecordedBy)
{
    public PlanEndDecision ToDecision() => new(ReasonCode!, StepDownToFamilyHelp!.Value, FamilyHelpLeadId);
}
