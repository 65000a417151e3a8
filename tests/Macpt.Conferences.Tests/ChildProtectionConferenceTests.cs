using Macpt.Conferences.Domain;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>A conference is arranged with an independent chair, held once, and its record finalised then distributed.</summary>
public sealed class ChildProtectionConferenceTests
{
    [Fact]
    public void Arranging_with_the_social_worker_as_chair_is_refused()
    {
        var c = ChildProtectionConference.Initial(Guid.NewGuid(), null, null, "C1", true, D("2026-11-30"), Now);
        c.RecordCaseTeam(Team);
        Assert.Throws<InvalidOperationException>(() => c.Arrange(new ConferenceArrangements(D("2026-11-30"), ConferenceModes.Online, null, "sw-01", [], false, null, "x", Now)));
        Assert.Equal(ConferenceStatus.ToArrange, c.Status);
    }

    [Fact]
    public void A_conference_is_held_once_and_not_rearranged_afterwards()
    {
        var c = ArrangedInitial();
        c.Hold(Outcome("2026-11-30", planRequired: false), null, null);
        Assert.Equal(ConferenceStatus.Held, c.Status);
        Assert.Equal(D("2026-11-30"), c.HeldOn);
        Assert.Throws<InvalidOperationException>(() => c.Hold(Outcome("2026-11-30"), null, null));
        Assert.Throws<InvalidOperationException>(() => c.Arrange(c.Arrangements!));
        Assert.Throws<InvalidOperationException>(() => c.Cancel());
    }

    [Fact]
    public void The_record_is_finalised_then_distributed_once_with_its_date()
    {
        var c = ArrangedInitial();
        Assert.Throws<InvalidOperationException>(() => c.FinaliseRecord("lcpp-chair", D("2026-12-01")));
        c.Hold(Outcome("2026-11-30", planRequired: false), null, null);
        Assert.Throws<InvalidOperationException>(() => c.DistributeRecord(["p1"], D("2026-12-02")));
        c.FinaliseRecord("lcpp-chair", D("2026-12-01"));
        c.DistributeRecord(["p1", "pol-1"], D("2026-12-02"));
        Assert.Equal(D("2026-12-02"), c.RecordDistributedOn);
        Assert.Equal(2, c.Record!.DistributedTo.Count);
        Assert.Throws<InvalidOperationException>(() => c.DistributeRecord(["p1"], D("2026-12-03")));
    }

    [Fact]
    public void A_review_conference_carries_the_case_team_over_as_its_own_copy()
    {
        var plan = StartedPlan();
        var review = ChildProtectionConference.Review(Guid.NewGuid(), plan, D("2027-02-28"), Team, Now);
        Assert.Equal(Team, review.CaseTeam);
        Assert.NotSame(Team, review.CaseTeam);
        Assert.Equal(plan.Id, review.PlanId);
        Assert.Equal(D("2027-02-28"), review.TargetDate);
    }
}
