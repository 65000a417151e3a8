using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>A check asked today is due today or later (a local rule: no national timescale exists for checks).</summary>
public sealed class AgencyCheckIsNotDueInThePast(DateOnly dueOn, DateOnly today) : BusinessRule("dueOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => dueOn < today;
    public override string Message => "The due date is in the past.";
}
