using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A plan that has ended is not reviewed, met about or ended again: a plan ends once (CIN census: one
/// <c>CPPendDate</c>); a child needing protection again gets a new initial conference and a new plan.
/// </summary>
public sealed class PlanIsStillRunning(ChildProtectionPlan plan, string field) : BusinessRule(field, RuleKind.Conflict)
{
    public override bool IsBroken() => plan.IsEnded;
    public override string Message => "The plan has ended: it is not reviewed, met about or ended again.";
}
