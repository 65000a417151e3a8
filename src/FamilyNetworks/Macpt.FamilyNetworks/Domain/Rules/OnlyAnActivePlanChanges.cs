namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>An ended family plan is closed: it is not reviewed, revised or ended again. Source: local recording practice.</summary>
public sealed class OnlyAnActivePlanChanges(FamilyPlan plan) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => plan.Status != FamilyPlanStatus.Active;
    public override string Message => "The plan has ended: an ended plan is not reviewed, revised or ended again.";
}
