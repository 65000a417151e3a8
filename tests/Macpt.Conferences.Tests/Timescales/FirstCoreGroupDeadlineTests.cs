using Macpt.Conferences.Domain.Timescales;

namespace Macpt.Conferences.Tests.Timescales;

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
}
