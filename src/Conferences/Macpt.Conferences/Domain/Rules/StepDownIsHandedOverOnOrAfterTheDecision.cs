using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A case leaving the child protection process is handed to Family Help on or after the decision that ends it, not
/// before (Working Together 2023, ch. 3 and 4: every exit that still leaves a need goes to Family Help).
/// </summary>
public sealed class StepDownIsHandedOverOnOrAfterTheDecision(DateOnly handoverDate, DateOnly decidedOn, string field) : BusinessRule(field)
{
    public override bool IsBroken() => handoverDate < decidedOn;
    public override string Message => "The handover to Family Help is on or after the day of the decision.";
}
