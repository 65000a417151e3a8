using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>An allocation ends once (episode ended, consent withdrawn or advocate left): one AdvocacyEnded per allocation.</summary>
public sealed class AllocationEndsOnce(Allocation allocation) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => !allocation.IsActive;
    public override string Message => "The allocation has already ended.";
}
