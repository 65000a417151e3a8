using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A plan starts from the initial conference that decided it, on that conference's date (CIN census rule 2885).</summary>
public sealed class PlanStartsAtItsInitialConference(ChildProtectionConference conference) : BusinessRule("planRequired", RuleKind.Conflict)
{
    public override bool IsBroken() => !conference.IsHeld || conference.PlanDecision is null;
    public override string Message => "A plan starts from an initial conference that was held and decided it.";
}
