using Macpt.Conferences.Domain.Timescales;

namespace Macpt.Conferences.Tests.Timescales;

/// <summary>
/// The first review within 3 calendar months of the initial conference, then at most every 6 months; the day of
/// month is clamped at a short month's end, and weekends and holidays are not moved.
/// </summary>
public sealed class ReviewConferenceDueTests
{
    [Theory]
    [InlineData("2027-01-15", "2027-04-15")]
    [InlineData("2026-11-30", "2027-02-28")] // clamped: February 2027 has 28 days (a Sunday, not moved)
    [InlineData("2027-11-30", "2028-02-29")] // leap year
    [InlineData("2026-12-31", "2027-03-31")]
    public void The_first_review_is_due_three_calendar_months_after_the_initial_conference(string icpc, string due) =>
        Assert.Equal(D(due), ReviewConferenceDue.First(D(icpc), Calendar));

    [Theory]
    [InlineData("2027-02-26", "2027-08-26")]
    [InlineData("2026-08-31", "2027-02-28")] // clamped
    [InlineData("2027-03-31", "2027-09-30")] // clamped
    public void Later_reviews_are_due_six_calendar_months_after_the_previous(string previous, string due) =>
        Assert.Equal(D(due), ReviewConferenceDue.Next(D(previous), Calendar));
}
