using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A conflict is recorded only once no advocate acts for both parents: one of them is re-allocated first, so the
/// advocate's independence is never compromised (Families First Partnership programme guide, DfE 2025).
/// </summary>
/// <param name="oneAdvocateActsForBoth">Whether an advocate actively acts for both parents (a query's answer).</param>
public sealed class ConflictNeedsSeparateAdvocates(bool oneAdvocateActsForBoth) : BusinessRule("secondParentId")
{
    public override bool IsBroken() => oneAdvocateActsForBoth;
    public override string Message => "One advocate acts for both parents; end one allocation and re-allocate before recording the conflict.";
}
