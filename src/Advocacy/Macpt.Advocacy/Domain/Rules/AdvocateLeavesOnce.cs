using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>An advocate's departure is recorded once: it ends their allocations, which happens once (local policy).</summary>
public sealed class AdvocateLeavesOnce(Advocate advocate) : BusinessRule("leftOn", RuleKind.Conflict)
{
    public override bool IsBroken() => advocate.HasLeft;
    public override string Message => "The advocate's departure is already recorded.";
}
