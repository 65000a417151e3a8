using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A plan's review is due after the day it is agreed.</summary>
public sealed class PlanIsReviewedAfterItIsAgreedTests
{
    [Fact]
    public void A_review_the_next_day_or_later_holds()
    {
        RuleAssert.Holds(new PlanIsReviewedAfterItIsAgreed(D("2026-11-20"), D("2026-11-21")));
        RuleAssert.Holds(new PlanIsReviewedAfterItIsAgreed(D("2026-11-20"), D("2027-02-20")));
    }

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-19")]
    public void A_review_due_on_or_before_the_agreement_is_refused(string reviewDue) =>
        RuleAssert.Broken(new PlanIsReviewedAfterItIsAgreed(D("2026-11-20"), D(reviewDue)), "reviewDue", RuleKind.Unprocessable);

    [Fact]
    public void Agreeing_and_revising_refuse_a_review_due_the_day_agreed()
    {
        RuleAssert.Refuses<PlanIsReviewedAfterItIsAgreed>(() => FamilyPlan.Agree(Guid.NewGuid(), Held(), Terms("2026-11-20", "2026-11-20"), AskedAt, Today), "reviewDue");
        RuleAssert.Refuses<PlanIsReviewedAfterItIsAgreed>(() => Plan().Revise(1, Terms("2026-11-24", "2026-11-24"), Today), "reviewDue");
    }
}
