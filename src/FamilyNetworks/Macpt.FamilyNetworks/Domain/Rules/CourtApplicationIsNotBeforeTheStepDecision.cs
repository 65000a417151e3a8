namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// CIN census 2026-27 rule 9012: the court application (<c>CourtAppDate</c>) is on or after the step decision
/// (<c>StepDecisionDate</c>). Source: codes.md "Pre-proceedings and FGDM (2026-27)".
/// </summary>
public sealed class CourtApplicationIsNotBeforeTheStepDecision(PreProceedingsOutcome outcome) : BusinessRule("courtApplicationOn")
{
    public override bool IsBroken() => outcome.CourtApplicationOn is { } applied && applied < outcome.DecidedOn;
    public override string Message => "The court application is dated before the step decision (rule 9012).";
}
