using Macpt.FamilyNetworks.Domain;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A plan is revised into new versions keeping the old, reviewed to a new date, and ended once (the refusals: Rules/).</summary>
public sealed class FamilyPlanTests
{
    private static readonly Safeguard Respite = new("Respite every other weekend", "An Uncle", "Fortnightly", "A Grandmother has the children");

    [Fact]
    public void A_plan_starts_at_version_1_for_its_meeting()
    {
        var plan = Requests.Plan();
        Assert.Equal(1, plan.Version);
        Assert.Equal(FamilyPlanStatus.Active, plan.Status);
        Assert.NotEqual(Guid.Empty, plan.MeetingId);
    }

    [Fact]
    public void A_revision_is_the_next_version_and_keeps_the_one_it_replaces()
    {
        var plan = Requests.Plan();
        plan.Revise(1, new PlanTerms(D("2026-11-24"), [Respite], false, "lcpp-2", D("2027-01-24")), Requests.Today);
        Assert.Equal(2, plan.Version);
        Assert.Equal(Respite, Assert.Single(plan.Safeguards));
        Assert.False(plan.LocalAuthorityAgrees);
        var earlier = Assert.Single(plan.EarlierVersions);
        Assert.Equal(1, earlier.Version);
        Assert.Equal("A Grandmother", Assert.Single(earlier.Safeguards).Responsible);
    }

    [Fact]
    public void A_review_sets_the_next_review_date()
    {
        var plan = Requests.Plan(reviewDue: "2026-12-20");
        plan.Review(new FamilyPlanReview(D("2026-11-25"), "lcpp-1", D("2027-01-20"), null, default), Requests.Today);
        Assert.Equal(D("2027-01-20"), plan.ReviewDue);
        Assert.Single(plan.Reviews);
    }

    [Fact]
    public void An_end_closes_the_plan()
    {
        var plan = Requests.Ended();
        Assert.Equal(FamilyPlanStatus.Ended, plan.Status);
        Assert.Equal(FamilyPlanEndReasons.Achieved, plan.Ending!.Reason);
    }
}
