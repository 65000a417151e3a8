using Macpt.Conferences.Apis;
using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Contracts.Conferences;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>
/// A plan that lives (Working Together 2023, ch. 4): the first core group agrees the detailed plan, each core group
/// records progress on its actions with a short note, and a review conference changes the plan and its category.
/// </summary>
public sealed class DetailedPlanTests
{
    private static readonly ActionAgreed Visits = new("Weekly home visits.", "family-help", D("2027-01-31"), null);
    private static readonly ActionAgreed Health = new("Health visitor checks weight monthly.", "health", D("2027-02-26"), "in-progress");

    private static ChildProtectionPlan PlanWithFirstCoreGroup()
    {
        var plan = StartedPlan();
        plan.RecordCoreGroup(Meeting("2026-12-10"), new CoreGroupCadence());
        return plan;
    }

    [Fact]
    public void The_first_core_group_agrees_the_detailed_plan_on_its_date_once()
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<DetailedPlanIsAgreedAtTheFirstCoreGroup>(() => plan.AgreeDetailedPlan(D("2026-12-10"), ["Safe at home."], [Visits], Now), "agreedOn");
        plan.RecordCoreGroup(Meeting("2026-12-10"), new CoreGroupCadence());
        plan.RecordCoreGroup(Meeting("2027-01-21"), new CoreGroupCadence());
        RuleAssert.Refuses<DetailedPlanIsAgreedAtTheFirstCoreGroup>(() => plan.AgreeDetailedPlan(D("2027-01-21"), ["Safe at home."], [Visits], Now), "agreedOn");

        plan.AgreeDetailedPlan(D("2026-12-10"), ["Safe at home.", "Attends school."], [Visits, Health], Now);
        var detailed = plan.DetailedPlan!;
        Assert.Equal((D("2026-12-10"), 2, 0), (detailed.AgreedOn, detailed.Outcomes.Count, detailed.Revision));
        Assert.Equal([ActionStatuses.NotStarted, ActionStatuses.InProgress], detailed.Actions.Select(a => a.Status));
        Assert.Equal(2, detailed.Actions.Select(a => a.Id).Distinct().Count());
        RuleAssert.Refuses<DetailedPlanIsAgreedOnce>(() => plan.AgreeDetailedPlan(D("2026-12-10"), ["Again."], [Visits], Now), "agreedOn");
    }

    [Fact]
    public void Each_core_group_records_progress_on_the_plans_actions_with_a_note()
    {
        var plan = PlanWithFirstCoreGroup();
        plan.AgreeDetailedPlan(D("2026-12-10"), ["Safe at home."], [Visits, Health], Now);
        var visits = plan.DetailedPlan!.Actions[0].Id;
        var meeting = Meeting("2027-01-21") with { Note = "Good engagement.", Progress = [new ActionProgress(visits, ActionStatuses.Done, "All visits made.")] };
        plan.RecordCoreGroup(meeting, new CoreGroupCadence());
        Assert.Equal((ActionStatuses.Done, (DateOnly?)D("2027-01-21")), (plan.DetailedPlan!.Actions[0].Status, plan.DetailedPlan.Actions[0].StatusOn));
        Assert.Equal(ActionStatuses.InProgress, plan.DetailedPlan.Actions[1].Status);
        Assert.Equal("Good engagement.", plan.CoreGroupMeetings[^1].Note);

        var unknown = Meeting("2027-03-04") with { Progress = [new ActionProgress(visits, ActionStatuses.Done, "Ok."), new ActionProgress(Guid.NewGuid(), ActionStatuses.Done, "?")] };
        RuleAssert.Refuses<ProgressIsOnThePlansActions>(() => plan.RecordCoreGroup(unknown, new CoreGroupCadence()), "progress[1].actionId");
        var twice = Meeting("2027-03-04") with { Progress = [new ActionProgress(visits, ActionStatuses.Done, "Ok."), new ActionProgress(visits, ActionStatuses.NotDone, "No.")] };
        RuleAssert.Refuses<ProgressIsOnThePlansActions>(() => plan.RecordCoreGroup(twice, new CoreGroupCadence()), "progress[1].actionId");
        Assert.Equal(2, plan.CoreGroupMeetings.Count);
    }

    [Fact]
    public void Progress_before_a_detailed_plan_is_agreed_is_refused()
    {
        var plan = StartedPlan();
        var meeting = Meeting("2026-12-10") with { Progress = [new ActionProgress(Guid.NewGuid(), ActionStatuses.Done, "?")] };
        RuleAssert.Refuses<ProgressIsOnThePlansActions>(() => plan.RecordCoreGroup(meeting, new CoreGroupCadence()), "progress[0].actionId");
    }

    [Fact]
    public void A_review_conference_changes_the_plan_and_its_category()
    {
        var plan = PlanWithFirstCoreGroup();
        plan.AgreeDetailedPlan(D("2026-12-10"), ["Safe at home."], [Visits], Now);
        var review = Guid.NewGuid();
        plan.RecordReview(review, D("2027-02-26"), "EMO", planContinues: true, Calendar);
        plan.ChangeAtReview(review, D("2027-02-26"), ["Safe at home.", "Emotional needs met."], [Visits with { DueBy = D("2027-06-30") }, Health], Now);
        Assert.Equal("EMO", plan.LatestCategoryOfAbuse);
        Assert.Equal((1, (Guid?)review, (DateOnly?)D("2027-02-26"), D("2026-12-10")),
            (plan.DetailedPlan!.Revision, plan.DetailedPlan.ChangedAtConferenceId, plan.DetailedPlan.ChangedOn, plan.DetailedPlan.AgreedOn));
        Assert.Equal(2, plan.DetailedPlan.Outcomes.Count);
        Assert.Equal(D("2027-06-30"), plan.DetailedPlan.Actions[0].DueBy);
    }

    [Fact]
    public void The_shapes_of_a_detailed_plan_progress_and_review_changes_are_checked()
    {
        var today = D("2026-12-10");
        RuleAssert.Accepted(DetailedPlanValidation.Check(new DetailedPlanRequest(today, ["Safe."], [new DetailedActionRequest("Visits.", "family-help", D("2027-01-31"), null)]), today));
        RuleAssert.Refused(DetailedPlanValidation.Check(new DetailedPlanRequest(D("2026-12-11"), [], [new DetailedActionRequest(" ", "army", null, "finished")]), today),
            "agreedOn", "outcomes", "actions[0].action", "actions[0].ownerAgency", "actions[0].dueBy", "actions[0].status");
        RuleAssert.Refused(CoreGroupMeetingValidation.Check(new CoreGroupMeetingRequest(today, ["fh-1"], null, [new ActionProgressRequest(null, "finished", "")]), today),
            "progress[0].actionId", "progress[0].status", "progress[0].note");

        var review = new ConferenceOutcomeRequest(today, [new AttendanceRequest("p1", "Mother", null, "attended")], [new AgencyViewRequest("police", null, true, "Risk.")],
            null, new ChildsViewsRequest("Views.", "observation", null), null, true, "Reasons.", null, "EMO", null);
        var changes = new PlanChangesRequest(["Safe."], [new DetailedActionRequest("Visits.", "family-help", D("2027-01-31"), "done")]);
        RuleAssert.Accepted(HoldConferenceValidation.Check(review with { PlanChanges = changes }, ConferenceKinds.Review, today));
        RuleAssert.Refused(HoldConferenceValidation.Check(review with { PlanChanges = changes with { Outcomes = [] } }, ConferenceKinds.Review, today), "planChanges.outcomes");
        RuleAssert.Refused(HoldConferenceValidation.Check(review with { PlanChanges = changes, PlanRequired = false, Ending = new PlanEndingRequest("no-longer-at-risk", false, null) },
            ConferenceKinds.Review, today), "planChanges");
    }
}
