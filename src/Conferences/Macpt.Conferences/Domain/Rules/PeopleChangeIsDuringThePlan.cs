using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The people around a plan change while it runs: on or after its start and not before the last change recorded, so the
/// history reads in order and the LCPP who steps away at the plan's end is the one allocated then (timescales.md §5,
/// "Change of lead practitioner", seed 004).
/// </summary>
public sealed class PeopleChangeIsDuringThePlan(ChildProtectionPlan plan, DateOnly changedOn) : BusinessRule("changedOn")
{
    public override bool IsBroken() => changedOn < plan.StartDate || plan.PeopleChanges.Any(c => c.ChangedOn > changedOn);
    public override string Message => "A change is on or after the plan's start and not before the last change recorded.";
}
