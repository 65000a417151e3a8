namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// CIN census 2026-27 rule 9009: the step decision (<c>StepDecisionDate</c>) is on or after the pre-proceedings start
/// (<c>PPStartDate</c>). Source: codes.md "Pre-proceedings and FGDM (2026-27)".
/// </summary>
public sealed class StepDecisionIsNotBeforeTheStart(DateOnly startDate, DateOnly decidedOn) : BusinessRule("decidedOn")
{
    public override bool IsBroken() => decidedOn < startDate;
    public override string Message => "The step decision is dated before pre-proceedings started (rule 9009).";
}
