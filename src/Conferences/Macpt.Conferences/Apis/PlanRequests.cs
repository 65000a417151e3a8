using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

public sealed record CoreGroupMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? Attended)
{
    public CoreGroupMeeting ToMeeting(string recordedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), HeldOn!.Value, Attended!.Select(a => new Recipient(a!)).ToList(), recordedBy, now);
}

/// <summary>
/// Ends a plan outside a review conference, for the reasons Working Together allows (reached 18, died, left the UK,
/// moved to another authority after its transfer-in conference, held on <see cref="ReceivingConferenceOn"/>).
/// </summary>
public sealed record EndPlanRequest(DateOnly? EndDate, string? ReasonCode, bool? StepDownToFamilyHelp, string? FamilyHelpLeadId,
    DateOnly? ReceivingConferenceOn = null)
{
    public PlanEndDecision ToDecision() => new(ReasonCode!, StepDownToFamilyHelp!.Value, FamilyHelpLeadId);
}
