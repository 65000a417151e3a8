using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A child has one child protection plan at a time (CIN census errors 8935, more than one open plan, and 8940,
/// overlapping plans): the current plan ends before an initial conference starts another.
/// <paramref name="childHasPlanRunning"/> is whether a plan of the child is open on the conference's date.
/// </summary>
public sealed class OnePlanAtATime(bool childHasPlanRunning) : BusinessRule("planRequired", RuleKind.Conflict)
{
    public override bool IsBroken() => childHasPlanRunning;
    public override string Message => "A child has one plan at a time: end the current plan first.";
}
