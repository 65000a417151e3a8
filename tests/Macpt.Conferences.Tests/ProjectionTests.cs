using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;

namespace Macpt.Conferences.Tests;

/// <summary>Who is invited from the advocacy events, and which family plan version is kept.</summary>
public sealed class ProjectionTests
{
    private static readonly Guid Parent = Guid.NewGuid();
    private static readonly Guid Advocate = Guid.NewGuid();
    private static readonly DateTimeOffset At = Instant("2026-11-25T10:00:00Z");

    [Fact]
    public void An_allocated_advocate_is_invited_for_the_parent()
    {
        var rows = new[] { ParentAdvocate.Allocated(Guid.NewGuid(), Parent, Advocate, "C1", null, At) };
        Assert.Equal([new AdvocateInvitation(Parent, Advocate)], ParentAdvocates.Active(rows));
    }

    [Fact]
    public void An_ended_advocacy_is_not_invited_even_when_the_end_arrived_first_or_a_new_allocation_follows()
    {
        var allocation = Guid.NewGuid();
        var endedFirst = ParentAdvocate.EndedBeforeAllocation(allocation, Parent, Advocate, "C1", null, At);
        endedFirst.MarkAllocated(At.AddMinutes(-5));
        var later = ParentAdvocate.Allocated(Guid.NewGuid(), Parent, Advocate, "C1", null, At.AddDays(1));
        Assert.Empty(ParentAdvocates.Active([endedFirst, later]));
    }

    [Fact]
    public void The_same_advocate_for_another_parent_is_still_invited()
    {
        var other = Guid.NewGuid();
        var ended = ParentAdvocate.Allocated(Guid.NewGuid(), Parent, Advocate, "C1", null, At);
        ended.End(At.AddDays(1));
        var forOther = ParentAdvocate.Allocated(Guid.NewGuid(), other, Advocate, "C1", null, At);
        Assert.Equal([new AdvocateInvitation(other, Advocate)], ParentAdvocates.Active([ended, forOther]));
    }

    [Fact]
    public void A_family_plan_revision_replaces_an_older_version_and_a_late_older_one_is_ignored()
    {
        var id = Guid.NewGuid();
        var held = AgreedFamilyPlan.From(id, Guid.NewGuid(), null, "C1", D("2026-11-24"), 3, true, null, 1);
        held.Revise(AgreedFamilyPlan.From(id, Guid.NewGuid(), null, "C1", D("2026-11-26"), 5, false, D("2027-01-26"), 2));
        Assert.Equal(2, held.PlanVersion);
        Assert.Equal(5, held.Safeguards);
        held.Revise(AgreedFamilyPlan.From(id, Guid.NewGuid(), null, "C1", D("2026-11-24"), 3, true, null, 1));
        Assert.Equal(2, held.PlanVersion);
        Assert.False(held.LocalAuthorityAgrees);
    }
}
