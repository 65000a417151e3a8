using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>A conflict between parents is recorded within one family: both are registered for the same child (local policy).</summary>
public sealed class ConflictIsWithinOneFamily(Parent first, Parent second) : BusinessRule("secondParentId")
{
    public override bool IsBroken() => first.LaChildId != second.LaChildId;
    public override string Message => "The two parents are registered for different children; a conflict is recorded within one family.";
}
