using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>An advocate who has left their provider takes no parents; their parents are re-allocated (local policy).</summary>
public sealed class AdvocateWhoLeftTakesNoParents(Advocate advocate) : BusinessRule("advocateId")
{
    public override bool IsBroken() => advocate.HasLeft;
    public override string Message => "The advocate has left the provider.";
}
