using Macpt.Referrals.Domain.Escalations;

namespace Macpt.Referrals.Apis;

/// <summary>
/// A disagreement as raised: about which child, which kind of decision (<c>subject</c>, and the decided record's id
/// when it is one of Macpt's) and whose agency's decision it is. Who raises it is the token's actor, never a field.
/// </summary>
public sealed record RaiseDisagreementRequest(string? LaChildId, string? Subject, Guid? SubjectId, string? AboutAgency, string? Concern);

/// <summary>The current stage's response; the responder is the token's actor.</summary>
public sealed record RespondToDisagreementRequest(string? Response);

/// <summary>Why the current stage did not settle it: it goes to the next stage of the policy.</summary>
public sealed record EscalateDisagreementRequest(string? Reason);

/// <summary>How it ended (one of <c>DisagreementOutcomes</c>) and a short summary.</summary>
public sealed record ResolveDisagreementRequest(string? Outcome, string? Summary);

public sealed record EscalationStepView(int Number, string Stage, DateOnly StartedOn, DateOnly DueOn, string StartedBy, string StartedByAgency,
    string? Reason, string? Response, string? RespondedBy, string? RespondedByAgency, DateOnly? RespondedOn)
{
    public static EscalationStepView From(EscalationStep s) =>
        new(s.Number, s.Stage, s.StartedOn, s.DueOn, s.StartedBy, s.StartedByAgency, s.Reason, s.Response, s.RespondedBy, s.RespondedByAgency, s.RespondedOn);
}

public sealed record DisagreementView(Guid Id, string Status, string LaChildId, string Subject, Guid? SubjectId, string AboutAgency, string Concern,
    string RaisedBy, string RaisedByAgency, DateTimeOffset RaisedAt, string Stage, DateOnly StageDueOn, bool Overdue,
    IReadOnlyList<EscalationStepView> Stages, string? Outcome, string? OutcomeSummary, string? ResolvedBy, DateOnly? ResolvedOn)
{
    public static DisagreementView From(ProfessionalDisagreement d, DateOnly today) => new(
        d.Id, d.Status, d.LaChildId, d.Subject, d.SubjectId, d.AboutAgency, d.Concern, d.RaisedBy, d.RaisedByAgency, d.RaisedAt,
        d.CurrentStage, d.CurrentDueOn, d.IsOverdue(today), d.Steps.OrderBy(s => s.Number).Select(EscalationStepView.From).ToList(),
        d.Outcome, d.OutcomeSummary, d.ResolvedBy, d.ResolvedOn);
}

/// <summary>A disagreement in a list: no free text.</summary>
public sealed record DisagreementSummary(Guid Id, string Status, string LaChildId, string Subject, string AboutAgency, string RaisedByAgency,
    DateTimeOffset RaisedAt, string Stage, DateOnly StageDueOn, bool Overdue, string? Outcome)
{
    public static DisagreementSummary From(ProfessionalDisagreement d, DateOnly today) =>
        new(d.Id, d.Status, d.LaChildId, d.Subject, d.AboutAgency, d.RaisedByAgency, d.RaisedAt, d.CurrentStage, d.CurrentDueOn, d.IsOverdue(today), d.Outcome);
}
