using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The core group meets after the initial conference that started the plan (Working Together 2023, ch. 4; timescales.md T5).</summary>
public sealed class CoreGroupMeetsAfterPlanStart(DateOnly heldOn, DateOnly planStart) : BusinessRule("heldOn")
{
    public override bool IsBroken() => heldOn <= planStart;
    public override string Message => "A core group meets after the conference that started the plan.";
}
