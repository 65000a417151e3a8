using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A review is dated from the day the plan (agreed 20 November) was agreed.</summary>
public sealed class ReviewIsNotBeforeThePlanTests
{
    [Fact]
    public void A_review_from_the_agreement_holds() => RuleAssert.Holds(new ReviewIsNotBeforeThePlan(Plan("2026-11-20"), D("2026-11-20")));

    [Fact]
    public void A_review_before_the_agreement_is_refused() =>
        RuleAssert.Broken(new ReviewIsNotBeforeThePlan(Plan("2026-11-20"), D("2026-11-19")), "reviewedOn", RuleKind.Unprocessable);

    [Fact]
    public void A_plan_refuses_a_review_before_it_or_tomorrow()
    {
        RuleAssert.Refuses<ReviewIsNotBeforeThePlan>(() => Plan("2026-11-20").Review(new FamilyPlanReview(D("2026-11-19"), "lcpp-1", D("2026-12-25"), null, default), Today), "reviewedOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(() => Plan("2026-11-20").Review(new FamilyPlanReview(D("2026-11-26"), "lcpp-1", D("2026-12-25"), null, default), Today), "reviewedOn");
    }
}
