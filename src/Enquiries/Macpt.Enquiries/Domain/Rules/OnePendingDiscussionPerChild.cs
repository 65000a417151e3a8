using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// One strategy discussion is pending for a child at a time: a new concern while one is awaited belongs in
/// that discussion (Working Together 2023, ch. 4: one multi-agency view of the child). The database's unique
/// partial index on directly convened discussions holds it when two LCPPs press at once.
/// </summary>
/// <param name="pendingId">The discussion not yet held for the child, if any.</param>
public sealed class OnePendingDiscussionPerChild(Guid? pendingId) : BusinessRule("laChildId", RuleKind.Conflict)
{
    public override bool IsBroken() => pendingId is not null;
    public override string Message => $"A strategy discussion is already pending for the child (discussion {pendingId}); record the new concern there.";
}
