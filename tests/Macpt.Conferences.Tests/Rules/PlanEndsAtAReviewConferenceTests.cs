using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>
/// A plan ends at a review conference; outside one only when the child reached 18, died, permanently left the UK, or
/// moved to another authority after its transfer-in conference (timescales.md §5, Working Together).
/// </summary>
public sealed class PlanEndsAtAReviewConferenceTests
{
    [Theory]
    [InlineData(PlanEndReasons.ReachedEighteen)]
    [InlineData(PlanEndReasons.Died)]
    [InlineData(PlanEndReasons.LeftTheUk)]
    [InlineData(PlanEndReasons.TransferredToAnotherLocalAuthority)]
    public void The_working_together_reasons_end_a_plan_outside_a_review(string reason) =>
        RuleAssert.Holds(new PlanEndsAtAReviewConference(reason));

    [Theory]
    [InlineData(PlanEndReasons.NoLongerAtRisk)]
    [InlineData(PlanEndReasons.LookedAfter)]
    [InlineData(PlanEndReasons.Adopted)]
    [InlineData(PlanEndReasons.Other)]
    public void Any_other_reason_is_a_review_conferences_decision(string reason) =>
        RuleAssert.Broken(new PlanEndsAtAReviewConference(reason), "reasonCode", RuleKind.Unprocessable);

    [Fact]
    public void A_transfer_ends_the_plan_only_on_or_after_the_receiving_authoritys_conference()
    {
        const string transfer = PlanEndReasons.TransferredToAnotherLocalAuthority;
        RuleAssert.Broken(new TransferOutFollowsTheReceivingConference(transfer, null, D("2027-01-15")), "receivingConferenceOn", RuleKind.Unprocessable);
        RuleAssert.Broken(new TransferOutFollowsTheReceivingConference(transfer, D("2027-01-18"), D("2027-01-15")), "receivingConferenceOn");
        RuleAssert.Holds(new TransferOutFollowsTheReceivingConference(transfer, D("2027-01-15"), D("2027-01-15")));
        RuleAssert.Holds(new TransferOutFollowsTheReceivingConference(PlanEndReasons.Died, null, D("2027-01-15")));
    }

    [Fact]
    public void Ending_no_longer_at_risk_outside_a_review_is_refused_and_the_plan_runs_on()
    {
        var plan = StartedPlan();
        RuleAssert.Refuses<PlanEndsAtAReviewConference>(
            () => plan.EndOutsideReview(D("2027-01-15"), SteppedDown, null, "lcpp-03", Now), "reasonCode");
        RuleAssert.Refuses<TransferOutFollowsTheReceivingConference>(
            () => plan.EndOutsideReview(D("2027-01-15"), new PlanEndDecision(PlanEndReasons.TransferredToAnotherLocalAuthority, false, null), null, "lcpp-03", Now),
            "receivingConferenceOn");
        Assert.False(plan.IsEnded);

        plan.EndOutsideReview(D("2027-01-15"), new PlanEndDecision(PlanEndReasons.TransferredToAnotherLocalAuthority, false, null), D("2027-01-14"), "lcpp-03", Now);
        Assert.Equal(D("2027-01-14"), plan.Ending!.ReceivingConferenceOn);
        Assert.Null(plan.Ending.ReviewConferenceId);
    }

    [Fact]
    public void A_review_conference_that_decides_no_plan_ends_it_for_no_longer_at_risk()
    {
        var plan = StartedPlan();
        var review = Guid.NewGuid();
        plan.RecordReview(review, D("2027-02-26"), "NEG", planContinues: false, Calendar);
        plan.End(D("2027-02-26"), SteppedDown, review, "lcpp-chair", Now);
        Assert.Equal(PlanEndReasons.NoLongerAtRisk, plan.Ending!.ReasonCode);
        Assert.Equal(review, plan.Ending.ReviewConferenceId);
    }
}
