using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Contracts.FamilyHelp;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>
/// A review brought forward by new concerns during a plan or a pre-birth plan's birth (timescales.md T4, T6c); a
/// transfer-in conference due 15 working days after the notification (timescales.md §5); the step-downs to Family Help
/// a conference and a plan's end publish (Working Together 2023, ch. 3 and 4).
/// </summary>
public sealed class NewConcernsAndPreBirthTests
{
    private static ChildProtectionConference PendingReview(ChildProtectionPlan plan) => ChildProtectionConference.NextReview(Guid.NewGuid(), plan, Team, Now);

    [Fact]
    public void An_earlier_date_brings_a_review_forward_and_a_later_one_leaves_it()
    {
        Assert.Equal(D("2026-12-21"), ReviewBroughtForward.To(D("2027-02-28"), D("2026-12-21")));
        Assert.Null(ReviewBroughtForward.To(D("2027-02-28"), D("2027-02-28")));
        Assert.Null(ReviewBroughtForward.To(D("2027-02-28"), D("2027-03-01")));
    }

    [Fact]
    public void New_concerns_bring_the_pending_review_forward_once_with_the_reason_kept()
    {
        var plan = StartedPlan();
        var review = PendingReview(plan);
        var enquiry = Guid.NewGuid();
        Assert.True(review.BringForward(D("2026-12-21"), TargetChangeReasons.NewConcerns, enquiry, Now));
        plan.BringReviewForward(review.TargetDate);
        Assert.Equal(D("2026-12-21"), review.TargetDate);
        Assert.Equal(D("2026-12-21"), plan.NextReviewDue);
        var change = Assert.Single(review.TargetChanges);
        Assert.Equal((D("2027-02-28"), D("2026-12-21"), TargetChangeReasons.NewConcerns, (Guid?)enquiry), (change.From, change.To, change.Reason, change.SourceId));

        Assert.False(review.BringForward(D("2026-12-18"), TargetChangeReasons.NewConcerns, enquiry, Now)); // the same enquiry again
        Assert.False(review.BringForward(D("2027-01-15"), TargetChangeReasons.NewConcerns, Guid.NewGuid(), Now)); // not earlier
        Assert.Single(review.TargetChanges);
    }

    [Fact]
    public void A_held_conference_is_not_brought_forward()
    {
        var conference = ArrangedInitial();
        conference.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar);
        RuleAssert.Refuses<HeldConferenceIsSettled>(() => conference.BringForward(D("2026-11-20"), TargetChangeReasons.NewConcerns, null, Now), "targetDate");
    }

    [Fact]
    public void The_first_review_after_a_pre_birth_conference_is_10_working_days_after_the_birth_or_3_months_whichever_first()
    {
        var rule = new PreBirthFirstReview();
        // ICPC Monday 30 November 2026; born Monday 4 January 2027: 10 working days on is Monday 18 January, before 28 February.
        Assert.Equal(D("2027-01-18"), rule.Due(D("2026-11-30"), D("2027-01-04"), Calendar));
        // Born Monday 22 February 2027: 10 working days on (8 March) is after the 3 months (28 February).
        Assert.Equal(D("2027-02-28"), rule.Due(D("2026-11-30"), D("2027-02-22"), Calendar));
        // Born before the conference: reviewed as any other plan.
        Assert.Equal(D("2027-02-28"), rule.Due(D("2026-11-30"), D("2026-11-27"), Calendar));
        // Liverpool's 20 working days, by configuration.
        Assert.Equal(D("2027-02-01"), new PreBirthFirstReview { FirstReviewWorkingDaysAfterBirth = 20 }.Due(D("2026-11-30"), D("2027-01-04"), Calendar));
    }

    [Fact]
    public void A_pre_birth_plans_birth_links_the_child_and_brings_the_first_review_forward_until_it_is_held()
    {
        var conference = ChildProtectionConference.Initial(Guid.NewGuid(), Guid.NewGuid(), null, "UNBORN1", true, D("2026-11-30"), Now, D("2027-01-10"));
        Assert.Equal(D("2027-01-10"), conference.ExpectedDateOfBirth);
        conference.RecordCaseTeam(Team);
        conference.Arrange(Arrangements(), Calendar);
        conference.HoldInitial(Outcome("2026-11-30"), Decision(), Calendar);
        var plan = ChildProtectionPlan.Start(Guid.NewGuid(), conference, [], Calendar, Now);
        Assert.True(plan.PreBirth);

        Assert.Equal(D("2027-01-18"), plan.RecordBirth(D("2027-01-04"), "CHILD1", new PreBirthFirstReview(), Calendar));
        conference.RecordBirth(D("2027-01-04"), "CHILD1");
        Assert.Equal((D("2027-01-18"), "CHILD1", (DateOnly?)D("2027-01-04")), (plan.NextReviewDue!.Value, plan.LaChildId, plan.ChildBornOn));
        Assert.Equal(("CHILD1", (DateOnly?)D("2027-01-04")), (conference.LaChildId, conference.ChildBornOn));

        var reviewed = StartedPlan();
        reviewed.RecordReview(Guid.NewGuid(), D("2027-01-15"), "NEG", true, Calendar);
        Assert.Null(reviewed.RecordBirth(D("2027-01-18"), "C1", new PreBirthFirstReview(), Calendar)); // not pre-birth, and reviewed
        Assert.Equal(D("2027-07-15"), reviewed.NextReviewDue);
    }

    [Fact]
    public void A_birth_is_recorded_once()
    {
        RuleAssert.Holds(new BirthIsRecordedOnce(false));
        RuleAssert.Broken(new BirthIsRecordedOnce(true), "dateOfBirth", Macpt.Rules.RuleKind.Conflict);
    }

    [Fact]
    public void A_transfer_in_conference_is_due_15_working_days_after_the_notification()
    {
        // Notified Friday 19 December 2025: Christmas, Boxing Day and New Year's Day skipped (timescales.md §3 rule 3).
        Assert.Equal(D("2026-01-14"), TransferInConferenceDue.After(D("2025-12-19"), Calendar));
        var transfer = new TransferIn(D("2026-11-30"), "Leeds City Council", D("2026-05-04"), "sw-01", Now);
        var conference = ChildProtectionConference.TransferredIn(Guid.NewGuid(), null, "C1", transfer, Calendar, Now);
        Assert.Equal(D("2026-12-21"), conference.TargetDate);
        Assert.False(conference.PreBirth);
        Assert.Null(conference.EnquiryId);
    }

    [Fact]
    public void An_initial_conference_with_no_plan_steps_down_to_family_help_on_or_after_its_date()
    {
        var refused = ArrangedInitial();
        RuleAssert.Refuses<StepDownIsHandedOverOnOrAfterTheDecision>(
            () => refused.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar, new FamilyHelpStepDown("fh-1", D("2026-11-27"))), "stepDown.handoverDate");
        Assert.False(refused.IsHeld);

        var conference = ArrangedInitial();
        conference.HoldInitial(Outcome("2026-11-30", planRequired: false), null, Calendar, new FamilyHelpStepDown("fh-1", D("2026-12-01")));
        var stepped = StepDowns.From(conference)!;
        Assert.Equal((conference.Id, StepDownExits.ConferenceNoPlan, "fh-1", D("2026-12-01")), (stepped.SourceId, stepped.Exit, stepped.FamilyHelpLeadId, stepped.HandoverDate));
    }

    [Fact]
    public void A_plan_ended_with_a_step_down_hands_over_on_its_end_date_and_one_without_does_not()
    {
        var plan = StartedPlan();
        Assert.Null(StepDowns.From(plan));
        plan.RecordReview(Guid.NewGuid(), D("2027-02-26"), "NEG", false, Calendar);
        plan.End(D("2027-02-26"), SteppedDown, null, "lcpp-chair", Now);
        var stepped = StepDowns.From(plan)!;
        Assert.Equal((plan.Id, StepDownExits.PlanEnded, "fh-1", D("2027-02-26")), (stepped.SourceId, stepped.Exit, stepped.FamilyHelpLeadId, stepped.HandoverDate));

        var died = StartedPlan();
        died.EndOutsideReview(D("2027-01-15"), new PlanEndDecision(PlanEndReasons.Died, false, null), null, "sw-01", Now);
        Assert.Null(StepDowns.From(died));
    }
}
