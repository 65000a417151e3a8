namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate never serves two parents in conflict in the same family: the advocate's independence for one
/// would be compromised by acting for the other.
/// </summary>
public static class ConflictOfInterest
{
    public const string Message = "The advocate already acts for a parent in conflict with this parent.";

    /// <param name="parentId">The parent to be served.</param>
    /// <param name="conflicts">The conflicts recorded for the parent's family.</param>
    /// <param name="parentsServedByAdvocate">Parents the advocate actively acts for.</param>
    public static bool IsBroken(Guid parentId, IEnumerable<ParentConflict> conflicts, IEnumerable<Guid> parentsServedByAdvocate)
    {
        var served = parentsServedByAdvocate.ToHashSet();
        return conflicts.Where(c => c.Involves(parentId)).Any(c => served.Contains(c.Other(parentId)));
    }
}
