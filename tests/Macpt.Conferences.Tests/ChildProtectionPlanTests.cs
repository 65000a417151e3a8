using Macpt.Conferences.Domain;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>A plan starts on the initial conference's date (census rule 2885), is reviewed, and ends once.</summary>
public sealed class ChildProtectionPlanTests
{
    [Fact]
    public void A_plan_starts_on_the_initial_conference_date_with_its_category_as_both_initial_and_latest()
    {
        var plan = StartedPlan("2026-11-30");
        Assert.Equal(D("2026-11-30"), plan.StartDate);
        Assert.Equal("NEG", plan.InitialCategoryOfAbuse);
        Assert.Equal("NEG", plan.LatestCategoryOfAbuse);
        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Equal(D("2027-02-28"), plan.NextReviewDue);
        Assert.Equal(D("2026-12-14"), plan.NextCoreGroupDue);
    }

    [Fact]
    public void A_plan_cannot_start_from_a_conference_not_yet_held()
    {
        var conference = ArrangedInitial();
        Assert.Throws<InvalidOperationException>(() => ChildProtectionPlan.Start(Guid.NewGuid(), conference, Decision(), "lcpp-03", 0, D("2027-02-28"), D("2026-12-14"), Now));
    }

    [Fact]
    public void The_plan_copies_the_decision_so_the_two_records_do_not_share_parts()
    {
        var conference = ArrangedInitial();
        var decision = Decision();
        conference.Hold(Outcome("2026-11-30"), decision, null);
        var plan = ChildProtectionPlan.Start(Guid.NewGuid(), conference, decision, "lcpp-03", 0, D("2027-02-28"), D("2026-12-14"), Now);
        Assert.NotSame(decision.OutlinePlan, plan.OutlinePlan);
        Assert.Equal(decision.OutlinePlan.Actions, plan.OutlinePlan.Actions);
        Assert.NotSame(decision.CoreGroup[0], plan.CoreGroup[0]);
    }

    [Fact]
    public void A_review_can_change_the_latest_category_and_set_the_next_review()
    {
        var plan = StartedPlan();
        plan.RecordReview(new PlanReview(Guid.NewGuid(), D("2027-02-26"), "EMO", true), D("2027-08-26"));
        Assert.Equal("EMO", plan.LatestCategoryOfAbuse);
        Assert.Equal("NEG", plan.InitialCategoryOfAbuse);
        Assert.Equal(D("2027-08-26"), plan.NextReviewDue);
        Assert.Single(plan.Reviews);
    }

    [Fact]
    public void A_review_on_the_start_day_is_refused()
    {
        var plan = StartedPlan();
        Assert.Throws<InvalidOperationException>(() => plan.RecordReview(new PlanReview(Guid.NewGuid(), D("2026-11-30"), "EMO", true), D("2027-05-30")));
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void A_plan_ends_once_and_its_reviews_and_core_groups_stop_being_due()
    {
        var plan = StartedPlan();
        plan.End(Ending("2027-01-15"));
        Assert.Equal(PlanStatus.Ended, plan.Status);
        Assert.Equal(D("2027-01-15"), plan.EndDate);
        Assert.Null(plan.NextReviewDue);
        Assert.Null(plan.NextCoreGroupDue);
        Assert.Throws<InvalidOperationException>(() => plan.End(Ending("2027-01-16")));
        Assert.Throws<InvalidOperationException>(() => plan.RecordCoreGroup(new CoreGroupMeeting(Guid.NewGuid(), D("2027-01-16"), [], "fh-1", Now), D("2027-02-27")));
    }

    [Fact]
    public void A_plan_ending_on_its_start_day_is_refused()
    {
        var plan = StartedPlan();
        Assert.Throws<InvalidOperationException>(() => plan.End(Ending("2026-11-30")));
        Assert.False(plan.IsEnded);
    }
}
