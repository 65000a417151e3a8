using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate never serves two parents in conflict in the same family: the advocate's independence for one
/// would be compromised by acting for the other (independent parental advocacy, Families First Partnership
/// programme guide, DfE 2025). Judged on the answers of queries, in <c>Application/AllocateAdvocate</c>.
/// </summary>
/// <param name="parentId">The parent to be served.</param>
/// <param name="conflicts">The conflicts recorded for the parent's family.</param>
/// <param name="parentsServedByAdvocate">Parents the advocate actively acts for.</param>
public sealed class ConflictOfInterest(Guid parentId, IEnumerable<ParentConflict> conflicts, IEnumerable<Guid> parentsServedByAdvocate)
    : BusinessRule("advocateId")
{
    public override bool IsBroken()
    {
        var served = parentsServedByAdvocate.ToHashSet();
        return conflicts.Where(c => c.Involves(parentId)).Any(c => served.Contains(c.Other(parentId)));
    }

    public override string Message => "The advocate already acts for a parent in conflict with this parent.";
}
