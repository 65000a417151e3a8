using Macpt.Conferences.Apis;
using Macpt.Conferences.Apis.Validation;
using Macpt.Contracts.Conferences;

namespace Macpt.Conferences.Tests.Validation;

/// <summary>What conference requests must carry; errors name fields, never values. Checked on Monday 30 November 2026.</summary>
public sealed class ConferenceValidationTests
{
    private static readonly DateOnly Today = D("2026-11-30");

    private static readonly ArrangementsRequest ValidArrangements = new(D("2026-12-07"), "in-person", "Civic Centre", "lcpp-chair",
        [new InviteeRequest("parent", "3f1c2b9e-0000-4000-8000-000000000001", null), new InviteeRequest("agency", "pol-7", "police")], null);

    private static readonly PlanRequest ValidPlan = new("NEG",
        new OutlinePlanRequest(["Safe at home."], [new PlanActionRequest("Visits.", "family-help", D("2027-01-31"))]),
        [new CoreGroupMemberRequest("fh-1", "family-help", "family-help-lead", true), new CoreGroupMemberRequest("lcpp-03", "local-authority", "lcpp", false)],
        D("2026-12-10"), D("2027-02-26"));

    private static readonly ConferenceOutcomeRequest ValidInitial = new(D("2026-11-30"),
        [new AttendanceRequest("p1", "Mother", null, "attended"), new AttendanceRequest("nhs-5", "Health visitor", "health", "report")],
        [new AgencyViewRequest("police", "pol-7", true, "Risk remains.")],
        [new ParentViewRequest("p1", "Wants help.")],
        new ChildsViewsRequest("Said she is happy at school.", "seen-by-practitioner", "sw-01"),
        [new DissentRequest("nhs-5", "health", "Prefers Family Help.")],
        true, "Continuing risk of neglect.", ValidPlan, null, null);

    private static readonly ConferenceOutcomeRequest ValidReview = ValidInitial with { Plan = null, LatestCategoryOfAbuse = "EMO" };

    [Fact]
    public void Valid_requests_are_accepted()
    {
        RuleAssert.Accepted(ArrangeConferenceValidation.Check(ValidArrangements, Today));
        RuleAssert.Accepted(HoldConferenceValidation.Check(ValidInitial, ConferenceKinds.Initial, Today));
        RuleAssert.Accepted(HoldConferenceValidation.Check(ValidInitial with { PlanRequired = false, Plan = null, Dissent = null, ParentViews = null }, ConferenceKinds.Initial, Today));
        RuleAssert.Accepted(HoldConferenceValidation.Check(ValidReview, ConferenceKinds.Review, Today));
        RuleAssert.Accepted(HoldConferenceValidation.Check(ValidReview with { PlanRequired = false, Ending = new PlanEndingRequest("no-longer-at-risk", true, "fh-1") }, ConferenceKinds.Review, Today));
    }

    [Fact]
    public void A_step_down_follows_only_an_initial_conference_with_no_plan_and_names_the_lead_and_the_handover()
    {
        var noPlan = ValidInitial with { PlanRequired = false, Plan = null };
        RuleAssert.Accepted(HoldConferenceValidation.Check(noPlan with { StepDown = new StepDownRequest("fh-1", D("2026-12-01")) }, ConferenceKinds.Initial, Today));
        RuleAssert.Refused(HoldConferenceValidation.Check(noPlan with { StepDown = new StepDownRequest("a b", null) }, ConferenceKinds.Initial, Today),
            "stepDown.familyHelpLeadId", "stepDown.handoverDate");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { StepDown = new StepDownRequest("fh-1", D("2026-12-01")) }, ConferenceKinds.Initial, Today), "stepDown");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidReview with { StepDown = new StepDownRequest("fh-1", D("2026-12-01")) }, ConferenceKinds.Review, Today), "stepDown");
    }

    [Fact]
    public void A_birth_names_the_unborn_record_a_date_not_in_the_future_and_a_valid_new_id()
    {
        RuleAssert.Accepted(BirthValidation.Check(new BirthRequest("UNBORN1", Today, null), Today));
        RuleAssert.Accepted(BirthValidation.Check(new BirthRequest("UNBORN1", Today, "CHILD1"), Today));
        RuleAssert.Refused(BirthValidation.Check(new BirthRequest(null, D("2026-12-01"), "not valid!"), Today), "unbornLaChildId", "dateOfBirth", "laChildId");
    }

    [Fact]
    public void A_transfer_in_names_the_child_the_day_notified_and_the_authority()
    {
        RuleAssert.Accepted(TransferInValidation.Check(new TransferInRequest("C1", null, Today, "Leeds City Council", D("2026-06-01")), Today));
        RuleAssert.Refused(TransferInValidation.Check(new TransferInRequest("not valid!", null, D("2026-12-01"), " ", null), Today), "laChildId", "notifiedOn", "fromAuthority");
        RuleAssert.Refused(TransferInValidation.Check(new TransferInRequest("C1", null, D("2026-11-20"), "Leeds", D("2026-11-23")), Today), "previousPlanStartDate");
    }

    [Fact]
    public void A_plan_without_a_category_names_the_category() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Plan = ValidPlan with { CategoryOfAbuse = null } }, ConferenceKinds.Initial, Today), "plan.categoryOfAbuse");

    [Theory]
    [InlineData("XYZ")]
    [InlineData("neg")]
    [InlineData("")]
    public void An_unknown_category_is_refused(string code) =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Plan = ValidPlan with { CategoryOfAbuse = code } }, ConferenceKinds.Initial, Today), "plan.categoryOfAbuse");

    [Fact]
    public void A_plan_needed_without_a_plan_is_refused() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Plan = null }, ConferenceKinds.Initial, Today), "plan");

    [Fact]
    public void The_outline_plan_and_core_group_are_checked_item_by_item() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with
        {
            Plan = ValidPlan with
            {
                OutlinePlan = new OutlinePlanRequest([" "], [new PlanActionRequest("Visits.", "army", null)]),
                CoreGroup = [new CoreGroupMemberRequest("fh-1", "family-help", "boss", true), new CoreGroupMemberRequest("bad id!", "local-authority", "lcpp", null)],
                FirstCoreGroupOn = null,
            },
        }, ConferenceKinds.Initial, Today),
        "plan.outlinePlan.outcomes[0]", "plan.outlinePlan.actions[0].ownerAgency", "plan.outlinePlan.actions[0].dueBy",
        "plan.coreGroup[0].role", "plan.coreGroup[1].practitionerId", "plan.coreGroup[1].keyWorker", "plan.firstCoreGroupOn");

    [Fact]
    public void The_views_are_required() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Attendance = [], AgencyViews = null, ChildsViews = null, DecisionReasons = " " }, ConferenceKinds.Initial, Today),
            "attendance", "agencyViews", "childsViews", "decisionReasons");

    [Fact]
    public void Each_view_names_its_own_field() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with
        {
            Attendance = [new AttendanceRequest("p1", "Mother", null, "maybe")],
            AgencyViews = [new AgencyViewRequest("police", null, null, "")],
            ChildsViews = new ChildsViewsRequest("Views.", "telepathy", null),
            Dissent = [new DissentRequest("nhs-5", null, null)],
        }, ConferenceKinds.Initial, Today),
        "attendance[0].status", "agencyViews[0].continuingRisk", "agencyViews[0].view", "childsViews.howGathered", "dissent[0].reason");

    [Fact]
    public void A_conference_held_in_the_future_is_refused() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { HeldOn = D("2026-12-01") }, ConferenceKinds.Initial, Today), "heldOn");

    [Fact]
    public void A_review_needs_a_known_latest_category_and_an_ending_when_the_plan_stops()
    {
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidReview with { LatestCategoryOfAbuse = null }, ConferenceKinds.Review, Today), "latestCategoryOfAbuse");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidReview with { PlanRequired = false }, ConferenceKinds.Review, Today), "ending");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidReview with { PlanRequired = false, Ending = new PlanEndingRequest("RC1", true, null) }, ConferenceKinds.Review, Today),
            "ending.reasonCode", "ending.familyHelpLeadId");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidReview with { Plan = ValidPlan }, ConferenceKinds.Review, Today), "plan");
    }

    [Fact]
    public void An_initial_conference_sets_no_latest_category_and_ends_no_plan() =>
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { LatestCategoryOfAbuse = "EMO", Ending = new PlanEndingRequest("other", false, null) }, ConferenceKinds.Initial, Today),
            "latestCategoryOfAbuse", "ending");

    [Fact]
    public void Arrangements_need_a_date_not_past_a_mode_a_venue_unless_online_a_chair_and_invitees()
    {
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { Date = D("2026-11-27") }, Today), "date");
        RuleAssert.Accepted(ArrangeConferenceValidation.Check(ValidArrangements with { Mode = "online", Venue = null }, Today));
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { Mode = "hybrid", Venue = null }, Today), "venue");
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { Mode = "phone" }, Today), "mode");
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { ChairId = null }, Today), "chairId");
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { Invitees = [] }, Today), "invitees");
        RuleAssert.Refused(ArrangeConferenceValidation.Check(ValidArrangements with { Invitees = [new InviteeRequest("agency", "pol-7", null), new InviteeRequest("cousin", "", null)] }, Today),
            "invitees[0].agency", "invitees[1].kind", "invitees[1].personId");
    }

    [Fact]
    public void A_case_team_needs_three_practitioner_ids_and_a_manager_who_is_not_the_worker()
    {
        RuleAssert.Accepted(CaseTeamValidation.Check(new CaseTeamRequest("sw-01", "tm-02", "lcpp-03")));
        RuleAssert.Refused(CaseTeamValidation.Check(new CaseTeamRequest(null, "tm-02", "")), "socialWorkerId", "lcppId");
        RuleAssert.Refused(CaseTeamValidation.Check(new CaseTeamRequest("sw-01", "SW-01", "lcpp-03")), "lineManagerId");
    }

    [Fact]
    public void A_pre_birth_conference_needs_a_valid_child_id_and_a_target_not_past()
    {
        RuleAssert.Accepted(PreBirthConferenceValidation.Check(new PreBirthConferenceRequest("UNBORN123", null, null, D("2027-01-11")), Today));
        RuleAssert.Refused(PreBirthConferenceValidation.Check(new PreBirthConferenceRequest("UN-BORN", null, null, D("2026-11-27")), Today), "laChildId", "targetDate");
    }

    [Fact]
    public void A_record_is_finalised_on_a_date_and_distributed_to_ids_on_dates_not_in_the_future()
    {
        RuleAssert.Accepted(FinaliseRecordValidation.Check(new FinaliseRecordRequest(Today), Today));
        RuleAssert.Refused(FinaliseRecordValidation.Check(new FinaliseRecordRequest(D("2026-12-01")), Today), "finalisedOn");
        RuleAssert.Refused(FinaliseRecordValidation.Check(new FinaliseRecordRequest(null), Today), "finalisedOn");
        RuleAssert.Accepted(DistributeRecordValidation.Check(new DistributeRecordRequest(["p1", "pol-7"], Today), Today));
        RuleAssert.Refused(DistributeRecordValidation.Check(new DistributeRecordRequest(["p1", "P1"], Today), Today), "distributedTo");
        RuleAssert.Refused(DistributeRecordValidation.Check(new DistributeRecordRequest(["p1", null], null), Today), "distributedTo", "distributedOn");
    }

    [Fact]
    public void A_list_with_an_empty_entry_is_refused_as_a_whole_and_a_core_group_of_one_is_too_small()
    {
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Attendance = [null], Dissent = [null] }, ConferenceKinds.Initial, Today), "attendance", "dissent");
        RuleAssert.Refused(HoldConferenceValidation.Check(ValidInitial with { Plan = ValidPlan with { CoreGroup = [ValidPlan.CoreGroup![0]] } }, ConferenceKinds.Initial, Today),
            "plan.coreGroup");
    }

    [Fact]
    public void Each_fault_of_one_kind_has_the_one_message_of_that_kind()
    {
        var errors = HoldConferenceValidation.Check(ValidInitial with { PlanRequired = null, DecisionReasons = null, HeldOn = null }, ConferenceKinds.Initial, Today);
        Assert.All(errors.Values, m => Assert.Equal(Macpt.ServiceDefaults.Validation.RequestErrors.Messages.Required, Assert.Single(m)));
        Assert.Equal(Macpt.ServiceDefaults.Validation.RequestErrors.Messages.InFuture,
            Assert.Single(HoldConferenceValidation.Check(ValidInitial with { HeldOn = D("2026-12-01") }, ConferenceKinds.Initial, Today)["heldOn"]));
    }
}
