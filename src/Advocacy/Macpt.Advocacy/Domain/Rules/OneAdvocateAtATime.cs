using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent has one advocate at a time; a re-allocation follows the end of the last one (local policy of the
/// advocacy service, Families First Partnership programme guide, DfE 2025). The answer comes from a query.
/// </summary>
/// <param name="hasActiveAllocation">Whether the offer already has an allocation that has not ended.</param>
public sealed class OneAdvocateAtATime(bool hasActiveAllocation) : BusinessRule("advocateId", RuleKind.Conflict)
{
    public override bool IsBroken() => hasActiveAllocation;
    public override string Message => "The parent already has an advocate; an advocate is re-allocated only after the allocation ends.";
}
