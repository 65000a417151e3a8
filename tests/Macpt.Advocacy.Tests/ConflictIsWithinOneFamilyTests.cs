using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A conflict between parents is recorded within one family.</summary>
public sealed class ConflictIsWithinOneFamilyTests
{
    [Fact]
    public void Two_parents_of_one_child_holds() => RuleAssert.Holds(new ConflictIsWithinOneFamily(Build.Parent("C1"), Build.Parent("C1")));

    [Fact]
    public void Parents_of_different_children_are_refused()
    {
        var (a, b) = (Build.Parent("C1"), Build.Parent("C2"));
        RuleAssert.Broken(new ConflictIsWithinOneFamily(a, b), "secondParentId", RuleKind.Unprocessable);
        RuleAssert.Refuses<ConflictIsWithinOneFamily>(() => ParentConflict.Between(Guid.NewGuid(), a, b, "sw-1", Build.Now), "secondParentId");
    }
}
