using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>An advocate's capacity is changed only while they still work for the provider (local policy).</summary>
public sealed class CapacityChangesWhileTheAdvocateActs(Advocate advocate) : BusinessRule("capacity", RuleKind.Conflict)
{
    public override bool IsBroken() => advocate.HasLeft;
    public override string Message => "An advocate who has left takes no parents.";
}
