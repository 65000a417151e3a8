using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>A plan starts on the initial conference's date (census rule 2885), is reviewed, meets, and ends once.</summary>
public sealed class ChildProtectionPlanTests
{
    [Fact]
    public void A_plan_starts_on_the_initial_conference_date_with_its_category_as_both_initial_and_latest()
    {
        var plan = StartedPlan();
        Assert.Equal(D("2026-11-30"), plan.StartDate);
        Assert.Equal("NEG", plan.InitialCategoryOfAbuse);
        Assert.Equal("NEG", plan.LatestCategoryOfAbuse);
        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Equal("lcpp-03", plan.LcppId);
        Assert.Equal(D("2027-02-28"), plan.NextReviewDue); // 3 months, clamped at February's end
        Assert.Equal(D("2026-12-14"), plan.NextCoreGroupDue); // 10 working days
    }

    [Fact]
    public void A_plan_counts_the_childs_earlier_plans()
    {
        var conference = ArrangedInitial();
        conference.HoldInitial(Outcome("2026-11-30"), Decision(), Calendar);
        Assert.Equal(1, ChildProtectionPlan.Start(Guid.NewGuid(), conference, [D("2025-01-06"), D("2027-01-04")], Calendar, Now).NumberOfPreviousCpp);
    }

    [Fact]
    public void A_plan_cannot_start_from_a_conference_not_yet_held_or_that_decided_no_plan()
    {
        var conference = ArrangedInitial();
        RuleAssert.Refuses<PlanStartsAtItsInitialConference>(() => ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now), "planRequired");
        conference.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        RuleAssert.Refuses<PlanStartsAtItsInitialConference>(() => ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now), "planRequired");
    }

    [Fact]
    public void The_plan_copies_the_decision_so_the_two_records_do_not_share_parts()
    {
        var conference = ArrangedInitial();
        var decision = Decision();
        conference.HoldInitial(Outcome("2026-11-30"), decision, Calendar);
        var plan = ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now);
        Assert.NotSame(decision.OutlinePlan, plan.OutlinePlan);
        Assert.Equal(decision.OutlinePlan.Actions, plan.OutlinePlan.Actions);
        Assert.NotSame(decision.CoreGroup[0], plan.CoreGroup[0]);
    }

    [Fact]
    public void A_review_can_change_the_latest_category_and_sets_the_next_review_six_months_on()
    {
        var plan = StartedPlan();
        plan.RecordReview(Guid.NewGuid(), D("2027-02-26"), "EMO", planContinues: true, Calendar);
        Assert.Equal("EMO", plan.LatestCategoryOfAbuse);
        Assert.Equal("NEG", plan.InitialCategoryOfAbuse);
        Assert.Equal(D("2027-08-26"), plan.NextReviewDue);
        Assert.Single(plan.Reviews);
    }

    [Fact]
    public void A_review_on_the_start_day_is_refused()
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<ReviewIsAfterPlanStart>(() => plan.RecordReview(Guid.NewGuid(), D("2026-11-30"), "EMO", true, Calendar), "heldOn");
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void A_core_group_meets_after_the_start_once_a_date_and_the_next_is_due_after_the_cadence()
    {
        var plan = StartedPlan();
        var cadence = new CoreGroupCadence();
        RuleAssert.Refuses<CoreGroupMeetsAfterPlanStart>(() => plan.RecordCoreGroup(Meeting("2026-11-30"), cadence), "heldOn");
        plan.RecordCoreGroup(Meeting("2026-12-10"), cadence);
        Assert.Equal(D("2027-01-21"), plan.NextCoreGroupDue);
        RuleAssert.Refuses<CoreGroupMeetingIsRecordedOnce>(() => plan.RecordCoreGroup(Meeting("2026-12-10"), cadence), "heldOn");
        plan.RecordCoreGroup(Meeting("2026-12-03"), cadence); // recorded late: the latest meeting still sets the next
        Assert.Equal(D("2027-01-21"), plan.NextCoreGroupDue);
    }

    [Fact]
    public void A_plan_ends_once_and_its_reviews_and_core_groups_stop_being_due()
    {
        var plan = StartedPlan();
        plan.End(D("2027-01-15"), SteppedDown, null, "lcpp-03", Now);
        Assert.Equal(PlanStatus.Ended, plan.Status);
        Assert.Equal(D("2027-01-15"), plan.EndDate);
        Assert.Equal("lcpp-03", plan.Ending!.LcppId);
        Assert.Equal(D("2027-01-15"), plan.Ending.LcppSteppedAwayOn);
        Assert.Null(plan.NextReviewDue);
        Assert.Null(plan.NextCoreGroupDue);
        RuleAssert.Refuses<PlanIsStillRunning>(() => plan.End(D("2027-01-16"), SteppedDown, null, "lcpp-03", Now), "endDate");
        RuleAssert.Refuses<PlanIsStillRunning>(() => plan.RecordCoreGroup(Meeting("2027-01-16"), new CoreGroupCadence()), "heldOn");
        RuleAssert.Refuses<PlanIsStillRunning>(() => plan.RecordReview(Guid.NewGuid(), D("2027-01-16"), "EMO", true, Calendar), "planRequired");
    }

    [Fact]
    public void A_plan_ending_on_its_start_day_or_before_its_last_review_is_refused()
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<PlanEndsAfterStart>(() => plan.End(D("2026-11-30"), SteppedDown, null, "lcpp-03", Now), "endDate");
        plan.RecordReview(Guid.NewGuid(), D("2027-02-26"), "EMO", true, Calendar);
        RuleAssert.Refuses<PlanEndsOnOrAfterItsLastReview>(() => plan.End(D("2027-02-25"), SteppedDown, null, "lcpp-03", Now), "endDate");
        Assert.False(plan.IsEnded);
    }
}
