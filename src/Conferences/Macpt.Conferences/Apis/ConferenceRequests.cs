using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Apis;

/// <summary>An LCPP creates the initial conference for an unborn child directly (a pre-birth conference).</summary>
public sealed record PreBirthConferenceRequest(string? LaChildId, Guid? ReferralId, Guid? EnquiryId, DateOnly? TargetDate, DateOnly? ExpectedDateOfBirth = null);

/// <summary>
/// The birth of an unborn child who had a pre-birth conference: the unborn record's LA id, the date of birth, and the
/// child's LA id when it is not the unborn record's.
/// </summary>
public sealed record BirthRequest(string? UnbornLaChildId, DateOnly? DateOfBirth, string? LaChildId);

/// <summary>
/// Another authority notified this one that a child on its plan moved here (<see cref="NotifiedOn"/>), from which
/// authority (a name or code), and when the plan started there, if known.
/// </summary>
public sealed record TransferInRequest(string? LaChildId, Guid? ReferralId, DateOnly? NotifiedOn, string? FromAuthority, DateOnly? PreviousPlanStartDate);

public sealed record CaseTeamRequest(string? SocialWorkerId, string? LineManagerId, string? LcppId)
{
    public CaseTeam ToCaseTeam(string recordedBy, DateTimeOffset now) => new(SocialWorkerId!, LineManagerId!, LcppId!, recordedBy, now);
}

public sealed record ArrangementsRequest(DateOnly? Date, string? Mode, string? Venue, string? ChairId,
    IReadOnlyList<InviteeRequest?>? Invitees, string? LateReason)
{
    /// <summary>The arrangements as asked; the conference itself decides whether they are late.</summary>
    public ConferenceArrangements ToArrangements(string arrangedBy, DateTimeOffset now) => new(Date!.Value, Mode!, Venue?.Trim(), ChairId!,
        Invitees!.Select(i => new Invitee(i!.Kind!, i.PersonId!, i.Agency)).ToList(), Late: false, LateReason, arrangedBy, now);
}

public sealed record InviteeRequest(string? Kind, string? PersonId, string? Agency);

/// <summary>
/// What a conference heard and decided. <see cref="PlanRequired"/>: at an initial conference, whether a
/// plan starts (with <see cref="Plan"/>); at a review, whether the plan continues (else <see cref="Ending"/>),
/// with the <see cref="LatestCategoryOfAbuse"/>. An initial conference with no plan may step the case down to Family Help (<see cref="StepDown"/>).
/// </summary>
public sealed record ConferenceOutcomeRequest(
    DateOnly? HeldOn,
    IReadOnlyList<AttendanceRequest?>? Attendance,
    IReadOnlyList<AgencyViewRequest?>? AgencyViews,
    IReadOnlyList<ParentViewRequest?>? ParentViews,
    ChildsViewsRequest? ChildsViews,
    IReadOnlyList<DissentRequest?>? Dissent,
    bool? PlanRequired,
    string? DecisionReasons,
    PlanRequest? Plan,
    string? LatestCategoryOfAbuse,
    PlanEndingRequest? Ending,
    StepDownRequest? StepDown = null,
    PlanChangesRequest? PlanChanges = null)
{
    public ConferenceOutcome ToOutcome(List<AdvocateInvitation> advocatesInvited, string recordedBy, DateTimeOffset now) => new(HeldOn!.Value,
        Attendance!.Select(a => new Attendance(a!.PersonId!, a.Role!.Trim(), a.Agency, a.Status!)).ToList(),
        AgencyViews!.Select(v => new AgencyView(v!.Agency!, v.PractitionerId, v.ContinuingRisk!.Value, v.View!.Trim())).ToList(),
        (ParentViews ?? []).Select(p => new ParentView(p!.ParentId!, p.Views!.Trim())).ToList(),
        new ChildsViews(ChildsViews!.Views!.Trim(), ChildsViews.HowGathered!, ChildsViews.GatheredBy),
        (Dissent ?? []).Select(d => new Dissent(d!.PersonId!, d.Agency, d.Reason!.Trim())).ToList(),
        PlanRequired!.Value, DecisionReasons!.Trim(), advocatesInvited, recordedBy, now);
}

public sealed record AttendanceRequest(string? PersonId, string? Role, string? Agency, string? Status);

public sealed record AgencyViewRequest(string? Agency, string? PractitionerId, bool? ContinuingRisk, string? View);

public sealed record ParentViewRequest(string? ParentId, string? Views);

public sealed record ChildsViewsRequest(string? Views, string? HowGathered, string? GatheredBy);

public sealed record DissentRequest(string? PersonId, string? Agency, string? Reason);

public sealed record PlanRequest(string? CategoryOfAbuse, OutlinePlanRequest? OutlinePlan, IReadOnlyList<CoreGroupMemberRequest?>? CoreGroup,
    DateOnly? FirstCoreGroupOn, DateOnly? FirstReviewOn)
{
    public PlanDecision ToDecision() => new(CategoryOfAbuse!,
        new OutlinePlan(OutlinePlan!.Outcomes!.Select(o => new PlanOutcome(o!.Trim())).ToList(),
            OutlinePlan.Actions!.Select(a => new PlanAction(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value)).ToList()),
        CoreGroup!.Select(m => new CoreGroupMember(m!.PractitionerId!, m.Agency!, m.Role!, m.KeyWorker!.Value)).ToList(),
        FirstCoreGroupOn!.Value, FirstReviewOn!.Value);
}

public sealed record OutlinePlanRequest(IReadOnlyList<string?>? Outcomes, IReadOnlyList<PlanActionRequest?>? Actions);

public sealed record PlanActionRequest(string? Action, string? OwnerAgency, DateOnly? DueBy);

public sealed record CoreGroupMemberRequest(string? PractitionerId, string? Agency, string? Role, bool? KeyWorker);

/// <summary>A review conference that continues the plan changes it: the outcomes and actions that replace the detailed plan's.</summary>
public sealed record PlanChangesRequest(IReadOnlyList<string?>? Outcomes, IReadOnlyList<DetailedActionRequest?>? Actions)
{
    public IReadOnlyList<string> ToOutcomes() => Outcomes!.Select(o => o!.Trim()).ToList();
    public IReadOnlyList<ActionAgreed> ToActions() => Actions!.Select(a => new ActionAgreed(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value, a.Status)).ToList();
}

/// <summary>An initial conference that needs no plan hands the case to Family Help: its lead (a practitioner id) and the handover date.</summary>
public sealed record StepDownRequest(string? FamilyHelpLeadId, DateOnly? HandoverDate)
{
    public FamilyHelpStepDown ToStepDown() => new(FamilyHelpLeadId!, HandoverDate!.Value);
}

/// <summary>How a plan ends at a review conference: the reason and the step-down.</summary>
public sealed record PlanEndingRequest(string? ReasonCode, bool? StepDownToFamilyHelp, string? FamilyHelpLeadId)
{
    public PlanEndDecision ToDecision() => new(ReasonCode!, StepDownToFamilyHelp!.Value, FamilyHelpLeadId);
}

/// <summary>The chair finalises the record: who finalised it is the caller (the token), never the body.</summary>
public sealed record FinaliseRecordRequest(DateOnly? FinalisedOn);

public sealed record DistributeRecordRequest(IReadOnlyList<string?>? DistributedTo, DateOnly? DistributedOn);
