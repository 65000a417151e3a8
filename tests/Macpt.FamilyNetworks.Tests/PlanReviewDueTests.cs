using Macpt.FamilyNetworks.Domain.Timescales;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A plan is due for review on its review date and after.</summary>
public sealed class PlanReviewDueTests
{
    [Theory]
    [InlineData("2026-11-24", true)]
    [InlineData("2026-11-25", true)]
    [InlineData("2026-11-26", false)]
    public void A_plan_is_due_for_review_on_its_review_date_and_after(string reviewDue, bool due) =>
        Assert.Equal(due, PlanReviewDue.IsDue(D(reviewDue), D("2026-11-25")));
}
