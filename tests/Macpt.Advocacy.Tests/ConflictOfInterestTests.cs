using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate never serves two parents in conflict in the same family.</summary>
public sealed class ConflictOfInterestTests
{
    private static readonly Parent MotherInFamily = Build.Parent("C1");
    private static readonly Parent FatherInFamily = Build.Parent("C1");
    private static readonly Guid Mother = MotherInFamily.Id;
    private static readonly Guid Father = FatherInFamily.Id;
    private static readonly Guid Grandmother = Guid.NewGuid();
    private static readonly ParentConflict MotherAndFather = ParentConflict.Between(Guid.NewGuid(), MotherInFamily, FatherInFamily, "sw-1", Build.Now);

    [Fact]
    public void Serving_the_other_parent_in_a_conflict_breaks_it() =>
        RuleAssert.Broken(new ConflictOfInterest(Father, [MotherAndFather], [Mother]), "advocateId", RuleKind.Unprocessable);

    [Fact]
    public void It_works_from_either_side_of_the_pair() =>
        RuleAssert.Broken(new ConflictOfInterest(Mother, [MotherAndFather], [Father]), "advocateId");

    [Fact]
    public void Serving_a_parent_not_in_conflict_is_allowed() => RuleAssert.Holds(new ConflictOfInterest(Grandmother, [MotherAndFather], [Mother]));

    [Fact]
    public void Without_a_recorded_conflict_two_parents_may_share_an_advocate() => RuleAssert.Holds(new ConflictOfInterest(Father, [], [Mother]));

    [Fact]
    public void An_advocate_serving_nobody_in_the_family_is_free() => RuleAssert.Holds(new ConflictOfInterest(Father, [MotherAndFather], []));

    [Fact]
    public void A_pair_is_stored_lower_id_first_whichever_way_it_is_given()
    {
        var one = ParentConflict.Between(Guid.NewGuid(), MotherInFamily, FatherInFamily, "sw-1", Build.Now);
        var other = ParentConflict.Between(Guid.NewGuid(), FatherInFamily, MotherInFamily, "sw-1", Build.Now);
        Assert.Equal((one.FirstParentId, one.SecondParentId), (other.FirstParentId, other.SecondParentId));
        Assert.True(one.FirstParentId.CompareTo(one.SecondParentId) < 0);
        Assert.Equal("C1", one.LaChildId);
    }

    [Fact]
    public void A_parent_is_not_in_conflict_with_themselves() =>
        Assert.Throws<ArgumentException>(() => ParentConflict.Between(Guid.NewGuid(), MotherInFamily, MotherInFamily, "sw-1", Build.Now));
}
