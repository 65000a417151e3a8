using Macpt.Conferences.Domain.Rules;

namespace Macpt.Conferences.Tests;

/// <summary>The core group first meets within 10 working days of the initial conference (day 0).</summary>
public sealed class FirstCoreGroupDeadlineTests
{
    [Fact]
    public void Ten_working_days_after_a_monday_is_the_monday_two_weeks_later() =>
        Assert.Equal(D("2026-12-14"), FirstCoreGroupDeadline.After(D("2026-11-30"), Calendar));

    [Fact]
    public void Christmas_and_new_year_are_not_counted() =>
        // Fri 18 Dec 2026: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan (25, 28 Dec and 1 Jan are holidays).
        Assert.Equal(D("2027-01-06"), FirstCoreGroupDeadline.After(D("2026-12-18"), Calendar));

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-14")] // the deadline itself
    public void A_first_core_group_after_the_conference_and_by_the_deadline_is_accepted(string date) =>
        Assert.False(FirstCoreGroupDeadline.IsBroken(D(date), D("2026-11-30"), Calendar));

    [Theory]
    [InlineData("2026-11-30")] // the conference day
    [InlineData("2026-11-27")] // before it
    [InlineData("2026-12-15")] // 11 working days
    public void A_first_core_group_on_the_conference_day_or_too_late_is_refused(string date) =>
        Assert.True(FirstCoreGroupDeadline.IsBroken(D(date), D("2026-11-30"), Calendar));
}
