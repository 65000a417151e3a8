namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A review of a family plan is dated on or after the day its current version was agreed. Source: local recording practice.</summary>
public sealed class ReviewIsNotBeforeThePlan(FamilyPlan plan, DateOnly reviewedOn) : BusinessRule("reviewedOn")
{
    public override bool IsBroken() => reviewedOn < plan.AgreedOn;
    public override string Message => "The review is dated before the plan was agreed.";
}
