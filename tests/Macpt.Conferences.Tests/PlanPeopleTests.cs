using Macpt.Conferences.Apis;
using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>
/// The LCPP, the key worker and the core group's members change during a plan, with the date and a handover note, the
/// history kept; the LCPP who steps away at the end is the one allocated then (Newham's change of Lead Practitioner,
/// seed 004; timescales.md §5; Working Together 2023, ch. 4: the core group's key worker and LCPP).
/// </summary>
public sealed class PlanPeopleTests
{
    [Fact]
    public void A_new_lcpp_takes_the_previous_ones_place_and_is_the_one_who_steps_away_at_the_end()
    {
        var plan = StartedPlan();
        plan.ChangePeople(PlanPeopleChanges.Lcpp, "lcpp-09", null, D("2027-01-11"), "Handed over at the core group; family told.", "tm-02", Now);

        Assert.Equal("lcpp-09", plan.LcppId);
        Assert.Contains(plan.CoreGroup, m => m.PractitionerId == "lcpp-09" && m.Role == CoreGroupRoles.Lcpp);
        Assert.DoesNotContain(plan.CoreGroup, m => m.PractitionerId == "lcpp-03");
        var change = Assert.Single(plan.PeopleChanges);
        Assert.Equal((PlanPeopleChanges.Lcpp, "lcpp-09", "lcpp-03", D("2027-01-11")), (change.Change, change.PractitionerId, change.PreviousPractitionerId, change.ChangedOn));

        plan.EndOutsideReview(D("2027-02-01"), new PlanEndDecision(PlanEndReasons.LeftTheUk, false, null), null, "sw-01", Now);
        Assert.Equal("lcpp-09", plan.Ending!.LcppId);
    }

    [Fact]
    public void The_key_worker_changes_hands_and_members_join_and_leave_with_the_history_kept()
    {
        var plan = StartedPlan();
        plan.ChangePeople(PlanPeopleChanges.KeyWorker, "fh-2", null, D("2026-12-14"), "New Family Help lead.", "tm-02", Now);
        plan.ChangePeople(PlanPeopleChanges.MemberJoined, "edu-4", "education", D("2026-12-15"), "School DSL joins.", "tm-02", Now);
        plan.ChangePeople(PlanPeopleChanges.MemberLeft, "edu-4", null, D("2027-01-20"), "Child changed school.", "tm-02", Now);

        var key = Assert.Single(plan.CoreGroup, m => m.KeyWorker);
        Assert.Equal(("fh-2", "family-help", CoreGroupRoles.FamilyHelpLead), (key.PractitionerId, key.Agency, key.Role));
        Assert.DoesNotContain(plan.CoreGroup, m => m.PractitionerId == "edu-4");
        Assert.Equal([PlanPeopleChanges.KeyWorker, PlanPeopleChanges.MemberJoined, PlanPeopleChanges.MemberLeft], plan.PeopleChanges.Select(c => c.Change));
        Assert.Equal(("fh-1", "edu-4", "education"), (plan.PeopleChanges[0].PreviousPractitionerId, plan.PeopleChanges[2].PreviousPractitionerId, plan.PeopleChanges[2].Agency));
    }

    [Theory]
    [InlineData(PlanPeopleChanges.Lcpp, "lcpp-03")] // already the LCPP
    [InlineData(PlanPeopleChanges.KeyWorker, "fh-1")] // already the key worker
    [InlineData(PlanPeopleChanges.MemberJoined, "fh-1")] // already a member
    [InlineData(PlanPeopleChanges.MemberLeft, "nobody")] // not a member
    [InlineData(PlanPeopleChanges.MemberLeft, "fh-1")] // the key worker changes hands, never leaves
    [InlineData(PlanPeopleChanges.MemberLeft, "lcpp-03")] // so does the LCPP
    public void A_change_that_would_break_the_core_group_is_refused(string change, string practitionerId)
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<PeopleChangeFitsTheCoreGroup>(() => plan.ChangePeople(change, practitionerId, "education", D("2026-12-14"), "Note.", "tm-02", Now), "practitionerId");
        Assert.Empty(plan.PeopleChanges);
    }

    [Fact]
    public void A_change_is_during_the_plan_and_in_order()
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<PeopleChangeIsDuringThePlan>(() => plan.ChangePeople(PlanPeopleChanges.Lcpp, "lcpp-09", null, D("2026-11-27"), "Note.", "tm-02", Now), "changedOn");
        plan.ChangePeople(PlanPeopleChanges.Lcpp, "lcpp-09", null, D("2027-01-11"), "Note.", "tm-02", Now);
        RuleAssert.Refuses<PeopleChangeIsDuringThePlan>(() => plan.ChangePeople(PlanPeopleChanges.KeyWorker, "fh-2", null, D("2027-01-08"), "Note.", "tm-02", Now), "changedOn");
        plan.End(D("2027-02-26"), SteppedDown, Guid.NewGuid(), "chair", Now);
        RuleAssert.Refuses<PlanIsStillRunning>(() => plan.ChangePeople(PlanPeopleChanges.KeyWorker, "fh-2", null, D("2027-02-26"), "Note.", "tm-02", Now), "changedOn");
    }

    [Fact]
    public void A_change_request_needs_a_known_change_a_practitioner_a_past_date_and_a_handover_note()
    {
        var today = D("2027-01-15");
        RuleAssert.Accepted(PlanPeopleChangeValidation.Check(new PlanPeopleChangeRequest("lcpp", "lcpp-09", null, today, "Handover."), today));
        RuleAssert.Refused(PlanPeopleChangeValidation.Check(new PlanPeopleChangeRequest("chair", "a b", "army", D("2027-01-16"), " "), today),
            "change", "practitionerId", "agency", "changedOn", "handoverNote");
        RuleAssert.Refused(PlanPeopleChangeValidation.Check(new PlanPeopleChangeRequest("member-joined", "edu-4", null, today, "Joins."), today), "agency");
    }
}
