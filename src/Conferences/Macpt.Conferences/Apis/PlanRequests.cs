using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

public sealed record CoreGroupMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? Attended)
{
    public CoreGroupMeeting ToMeeting(string recordedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), HeldOn!.Value, Attended!.Select(a => new Recipient(a!)).ToList(), recordedBy, now);
}

/// <summary>
/// A change of the people around a plan (<see cref="PlanPeopleChanges"/>): who takes over, joins or leaves, their agency
/// (required for a member joining), the date and the handover note.
/// </summary>
public sealed record PlanPeopleChangeRequest(string? Change, string? PractitionerId, string? Agency, DateOnly? ChangedOn, string? HandoverNote);

/// <summary>
/// Ends a plan outside a review conference, for the reasons Working Together allows (reached 18, died, left the UK,
/// moved to another authority after its transfer-in conference, held on <see cref="ReceivingConferenceOn"/>).
/// </summary>
public sealed record EndPlanRequest(DateOnly? EndDate, string? ReasonCode, bool? StepDownToFamilyHelp, string? FamilyHelpLeadId,
    DateOnly? ReceivingConferenceOn = null)
{
    public PlanEndDecision ToDecision() => new(ReasonCode!, StepDownToFamilyHelp!.Value, FamilyHelpLeadId);
}
