using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>Census error 8841: a review on or before the plan's start.</summary>
public sealed class ReviewIsAfterPlanStartTests
{
    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-11-27")]
    public void A_review_on_or_before_the_start_is_refused(string review) =>
        RuleAssert.Broken(new ReviewIsAfterPlanStart(D(review), D("2026-11-30"), "date"), "date", RuleKind.Unprocessable);

    [Fact]
    public void A_review_the_day_after_is_accepted() => RuleAssert.Holds(new ReviewIsAfterPlanStart(D("2026-12-01"), D("2026-11-30"), "heldOn"));
}
