
namespace Macpt.WorkingDays.Tests;

public sealed class AddCalendarMonthsTests
{
    [Theory]
    [InlineData("2026-01-15", 3, "2026-04-15")] // first review within 3 months
    [InlineData("2026-08-31", 6, "2027-02-28")] // clamped to the end of February
    [InlineData("2027-11-30", 3, "2028-02-29")] // leap year
    [InlineData("2026-03-31", 3, "2026-06-30")]
    [InlineData("2026-02-28", 6, "2026-08-28")] // no month-end rounding up
    public void Keeps_the_day_of_month_clamped_to_month_end(string date, int months, string expected)
    {
        Assert.Equal(D(expected), Calendars.DayZero.AddCalendarMonths(D(date), months));
    }

    [Fact]
    public void Does_not_skip_weekends_or_holidays()
    {
        // Review deadlines are calendar dates: Saturday 25 Dec 2027 comes back as it is.
        Assert.Equal(D("2027-12-25"), Calendars.DayZero.AddCalendarMonths(D("2027-10-25"), 2));
    }
}
