using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>The first review conference is after the initial conference and within 3 calendar months of it (timescales.md T6a).</summary>
public sealed class FirstReviewIsInTimeTests
{
    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2027-02-26")]
    [InlineData("2027-02-28")] // 30 November + 3 months, clamped at February's end
    public void A_first_review_within_three_months_is_accepted(string date) =>
        RuleAssert.Holds(new FirstReviewIsInTime(D(date), D("2026-11-30"), Calendar));

    [Theory]
    [InlineData("2026-11-30")] // the conference day
    [InlineData("2027-03-01")] // a day beyond 3 months
    public void A_first_review_on_the_day_or_beyond_three_months_is_refused(string date) =>
        RuleAssert.Broken(new FirstReviewIsInTime(D(date), D("2026-11-30"), Calendar), "plan.firstReviewOn", RuleKind.Unprocessable);
}
