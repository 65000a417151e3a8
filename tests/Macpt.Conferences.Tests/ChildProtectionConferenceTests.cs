using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>A conference is arranged with an independent chair, held once, and its record finalised then distributed: each refusal is a named rule.</summary>
public sealed class ChildProtectionConferenceTests
{
    [Fact]
    public void Arranging_with_the_social_worker_as_chair_is_refused()
    {
        var c = NewInitial();
        RuleAssert.Refuses<ChairIsIndependentOfTheCase>(() => c.Arrange(Arrangements(chair: "sw-01"), Calendar), "chairId");
        Assert.Equal(ConferenceStatus.ToArrange, c.Status);
    }

    [Fact]
    public void Arranging_without_the_case_team_is_refused() =>
        RuleAssert.Refuses<ChairIsIndependentOfTheCase>(() => NewInitial(withTeam: false).Arrange(Arrangements(), Calendar), "chairId");

    [Fact]
    public void Arranging_on_a_bank_holiday_is_refused() =>
        RuleAssert.Refuses<ConferenceIsOnAWorkingDay>(() => NewInitial(target: "2026-12-31").Arrange(Arrangements("2026-12-25"), Calendar), "date");

    [Fact]
    public void Arranging_after_the_target_needs_a_reason_and_is_then_counted_late()
    {
        var c = NewInitial(target: "2026-11-30");
        RuleAssert.Refuses<LateConferenceRecordsWhy>(() => c.Arrange(Arrangements("2026-12-01"), Calendar), "lateReason");
        c.Arrange(Arrangements("2026-12-01", lateReason: "  Police officer in court.  "), Calendar);
        Assert.True(c.Arrangements!.Late);
        Assert.Equal("Police officer in court.", c.Arrangements.LateReason);
        c.Arrange(Arrangements("2026-11-27", lateReason: "Not needed."), Calendar);
        Assert.False(c.Arrangements.Late);
        Assert.Null(c.Arrangements.LateReason);
    }

    [Fact]
    public void A_review_is_not_arranged_on_or_before_the_plan_start()
    {
        var review = ChildProtectionConference.NextReview(Guid.NewGuid(), StartedPlan(), Team, Now);
        RuleAssert.Refuses<ReviewIsAfterPlanStart>(() => review.Arrange(Arrangements("2026-11-30", lateReason: null), Calendar, D("2026-11-30")), "date");
        review.Arrange(Arrangements("2026-12-01"), Calendar, D("2026-11-30"));
    }

    [Fact]
    public void A_cancelled_conference_is_not_arranged()
    {
        var c = NewInitial();
        c.Cancel();
        RuleAssert.Refuses<CancelledConferenceIsNotArranged>(() => c.Arrange(Arrangements(), Calendar), "date");
    }

    [Fact]
    public void A_new_case_team_that_would_make_the_arranged_chair_not_independent_is_refused()
    {
        var c = ArrangedInitial();
        RuleAssert.Refuses<ChairIsIndependentOfTheCase>(() => c.RecordCaseTeam(Team with { LineManagerId = Chair }), "socialWorkerId");
        Assert.Equal(Team, c.CaseTeam);
    }

    [Fact]
    public void A_conference_is_held_once_on_its_arranged_date_and_not_changed_afterwards()
    {
        var c = ArrangedInitial();
        RuleAssert.Refuses<ConferenceIsHeldOnItsArrangedDate>(() => c.HoldInitial(Outcome("2026-11-27", planRequired: false), null, Calendar), "heldOn");
        c.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        Assert.Equal(ConferenceStatus.Held, c.Status);
        Assert.Equal(D("2026-11-30"), c.HeldOn);
        RuleAssert.Refuses<HeldConferenceIsSettled>(() => c.HoldInitial(Outcome("2026-11-30"), null, Calendar), "heldOn");
        RuleAssert.Refuses<HeldConferenceIsSettled>(() => c.Arrange(c.Arrangements!, Calendar), "date");
        RuleAssert.Refuses<HeldConferenceIsSettled>(() => c.RecordCaseTeam(Team), "socialWorkerId");
        RuleAssert.Refuses<HeldConferenceIsSettled>(c.Cancel, "status");
    }

    [Fact]
    public void A_conference_not_arranged_is_not_held() =>
        RuleAssert.Refuses<ConferenceIsArrangedBeforeItIsHeld>(() => NewInitial().HoldInitial(Outcome("2026-11-30"), null, Calendar), "heldOn");

    [Theory]
    [InlineData("2026-12-15", "2027-02-26", "plan.firstCoreGroupOn", typeof(FirstCoreGroupMeetsInTime))]
    [InlineData("2026-12-10", "2027-03-01", "plan.firstReviewOn", typeof(FirstReviewIsInTime))]
    [InlineData("2026-12-10", "2027-02-27", "plan.firstReviewOn", typeof(ConferenceIsOnAWorkingDay))] // a Saturday
    public void An_initial_conference_refuses_a_plan_beyond_its_timescales(string coreGroup, string review, string field, Type rule)
    {
        var c = ArrangedInitial();
        var e = Assert.Throws<Macpt.Rules.RuleBrokenException>(() => c.HoldInitial(Outcome("2026-11-30"), Decision(firstCoreGroupOn: coreGroup, firstReviewOn: review), Calendar));
        Assert.Equal(rule.Name, e.RuleName);
        Assert.Equal(field, e.Field);
        Assert.False(c.IsHeld);
    }

    [Fact]
    public void An_initial_conference_refuses_a_core_group_without_the_allocated_lcpp()
    {
        var c = ArrangedInitial();
        var decision = Decision() with { CoreGroup = [Decision().CoreGroup[0], Decision().CoreGroup[1] with { PractitionerId = "lcpp-99" }] };
        RuleAssert.Refuses<CoreGroupHasKeyWorkerAndLcpp>(() => c.HoldInitial(Outcome("2026-11-30"), decision, Calendar), "plan.coreGroup");
    }

    [Fact]
    public void The_record_is_finalised_by_the_chair_then_distributed_once_with_its_date()
    {
        var c = ArrangedInitial();
        RuleAssert.Refuses<RecordFollowsTheConference>(() => c.FinaliseRecord(Chair, D("2026-12-01")), "finalisedOn");
        c.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        RuleAssert.Refuses<RecordIsFinalisedBeforeDistribution>(() => c.DistributeRecord(["p1"], D("2026-12-02")), "distributedTo");
        RuleAssert.Refuses<RecordIsFinalisedByTheChair>(() => c.FinaliseRecord("lcpp-03", D("2026-12-01")), "finalisedBy");
        RuleAssert.Refuses<RecordIsFinalisedOnOrAfterTheConference>(() => c.FinaliseRecord(Chair, D("2026-11-27")), "finalisedOn");
        c.FinaliseRecord(Chair, D("2026-12-01"));
        RuleAssert.Refuses<RecordIsFinalisedOnce>(() => c.FinaliseRecord(Chair, D("2026-12-01")), "finalisedBy");
        RuleAssert.Refuses<RecordIsDistributedOnOrAfterFinalising>(() => c.DistributeRecord(["p1"], D("2026-11-30")), "distributedOn");
        c.DistributeRecord(["p1", "pol-1"], D("2026-12-02"));
        Assert.Equal(D("2026-12-02"), c.RecordDistributedOn);
        Assert.Equal(2, c.Record!.DistributedTo.Count);
        RuleAssert.Refuses<RecordIsDistributedOnce>(() => c.DistributeRecord(["p1"], D("2026-12-03")), "distributedTo");
    }

    [Fact]
    public void A_review_conference_carries_the_case_team_over_as_its_own_copy_and_is_due_when_the_plan_says()
    {
        var plan = StartedPlan();
        var review = ChildProtectionConference.NextReview(Guid.NewGuid(), plan, Team, Now);
        Assert.Equal(Team, review.CaseTeam);
        Assert.NotSame(Team, review.CaseTeam);
        Assert.Equal(plan.Id, review.PlanId);
        Assert.Equal(D("2027-02-28"), review.TargetDate);
    }
}
