using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>An advocate never serves two parents in conflict in the same family.</summary>
public sealed class ConflictOfInterestTests
{
    private static readonly Guid Mother = Guid.NewGuid();
    private static readonly Guid Father = Guid.NewGuid();
    private static readonly Guid Grandmother = Guid.NewGuid();
    private static readonly ParentConflict MotherAndFather = ParentConflict.Between(Guid.NewGuid(), "C1", Mother, Father, "sw-1", Build.Now);

    [Fact]
    public void Serving_the_other_parent_in_a_conflict_breaks_it() =>
        Assert.True(ConflictOfInterest.IsBroken(Father, [MotherAndFather], [Mother]));

    [Fact]
    public void It_works_from_either_side_of_the_pair() =>
        Assert.True(ConflictOfInterest.IsBroken(Mother, [MotherAndFather], [Father]));

    [Fact]
    public void Serving_a_parent_not_in_conflict_is_allowed() =>
        Assert.False(ConflictOfInterest.IsBroken(Grandmother, [MotherAndFather], [Mother]));

    [Fact]
    public void Without_a_recorded_conflict_two_parents_may_share_an_advocate() =>
        Assert.False(ConflictOfInterest.IsBroken(Father, [], [Mother]));

    [Fact]
    public void An_advocate_serving_nobody_in_the_family_is_free() =>
        Assert.False(ConflictOfInterest.IsBroken(Father, [MotherAndFather], []));

    [Fact]
    public void A_pair_is_stored_lower_id_first_whichever_way_it_is_given()
    {
        var one = ParentConflict.Between(Guid.NewGuid(), "C1", Mother, Father, "sw-1", Build.Now);
        var other = ParentConflict.Between(Guid.NewGuid(), "C1", Father, Mother, "sw-1", Build.Now);
        Assert.Equal((one.FirstParentId, one.SecondParentId), (other.FirstParentId, other.SecondParentId));
        Assert.True(one.FirstParentId.CompareTo(one.SecondParentId) < 0);
    }

    [Fact]
    public void A_parent_is_not_in_conflict_with_themselves() =>
        Assert.Throws<ArgumentException>(() => ParentConflict.Between(Guid.NewGuid(), "C1", Mother, Mother, "sw-1", Build.Now));
}
