using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The first core group agrees the detailed plan once; afterwards review conferences change it (Working Together 2023, ch. 4).</summary>
public sealed class DetailedPlanIsAgreedOnce(ChildProtectionPlan plan) : BusinessRule("agreedOn", RuleKind.Conflict)
{
    public override bool IsBroken() => plan.DetailedPlan is not null;
    public override string Message => "The detailed plan is already agreed: a review conference changes it.";
}
