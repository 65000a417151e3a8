using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

/// <summary>A core group meeting: when, who attended, a short note, and progress on the detailed plan's actions.</summary>
public sealed record CoreGroupMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? Attended, string? Note = null,
    IReadOnlyList<ActionProgressRequest?>? Progress = null)
{
    public CoreGroupMeeting ToMeeting(string recordedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), HeldOn!.Value, Attended!.Select(a => new Recipient(a!)).ToList(), recordedBy, now, Note?.Trim(),
            (Progress ?? []).Select(p => new ActionProgress(p!.ActionId!.Value, p.Status!, p.Note!.Trim())).ToList());
}

public sealed record ActionProgressRequest(Guid? ActionId, string? Status, string? Note);

/// <summary>The detailed plan the first core group agreed (on its date): outcomes, and actions with an owner agency, a due date and a status.</summary>
public sealed record DetailedPlanRequest(DateOnly? AgreedOn, IReadOnlyList<string?>? Outcomes, IReadOnlyList<DetailedActionRequest?>? Actions)
{
    public IReadOnlyList<string> ToOutcomes() => Outcomes!.Select(o => o!.Trim()).ToList();
    public IReadOnlyList<ActionAgreed> ToActions() => Actions!.Select(a => new ActionAgreed(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value, a.Status)).ToList();
}

public sealed record DetailedActionRequest(string? Action, string? OwnerAgency, DateOnly? DueBy, string? Status);

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
