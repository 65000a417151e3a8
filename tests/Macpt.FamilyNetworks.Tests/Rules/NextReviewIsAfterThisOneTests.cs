using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>A review sets the next one after it.</summary>
public sealed class NextReviewIsAfterThisOneTests
{
    [Fact]
    public void A_next_review_after_this_one_holds() => RuleAssert.Holds(new NextReviewIsAfterThisOne(D("2026-11-25"), D("2026-12-25")));

    [Fact]
    public void A_next_review_on_the_same_day_is_refused() =>
        RuleAssert.Broken(new NextReviewIsAfterThisOne(D("2026-11-25"), D("2026-11-25")), "nextReviewDue", RuleKind.Unprocessable);

    [Fact]
    public void A_plan_refuses_a_review_with_no_later_review() =>
        RuleAssert.Refuses<NextReviewIsAfterThisOne>(() => Plan().Review(new FamilyPlanReview(D("2026-11-25"), "lcpp-1", D("2026-11-25"), null, default), Today), "nextReviewDue");
}
