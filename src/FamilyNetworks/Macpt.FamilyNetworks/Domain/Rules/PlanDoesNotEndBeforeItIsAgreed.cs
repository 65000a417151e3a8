namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A family plan ends on or after the day its current version was agreed. Source: local recording practice.</summary>
public sealed class PlanDoesNotEndBeforeItIsAgreed(FamilyPlan plan, DateOnly endedOn) : BusinessRule("endedOn")
{
    public override bool IsBroken() => endedOn < plan.AgreedOn;
    public override string Message => "The plan is ended before it was agreed.";
}
