
namespace Macpt.WorkingDays.Tests;

public sealed class WorkingDayCalendarConstructionTests
{
    [Fact]
    public void Explicit_holidays_are_sorted_deduplicated_and_set_the_covered_years()
    {
        var calendar = new WorkingDayCalendar([D("2027-03-26"), D("2025-12-25"), D("2027-03-26")]);

        Assert.Equal([D("2025-12-25"), D("2027-03-26")], calendar.BankHolidays);
        Assert.Equal(D("2025-01-01"), calendar.CoveredFrom);
        Assert.Equal(D("2027-12-31"), calendar.CoveredUntil);
        Assert.True(calendar.Covers(D("2026-06-15")));
        Assert.False(calendar.Covers(D("2024-12-31")));
        Assert.False(calendar.Covers(D("2028-01-01")));
    }

    [Fact]
    public void An_empty_holiday_set_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([]));
    }

    [Fact]
    public void An_undefined_convention_is_rejected()
    {
        var options = new WorkingDayOptions { Convention = (WorkingDayConvention)42 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDayCalendar([D("2026-01-01")], options));
    }

    [Theory]
    [InlineData("2026-01-12", true)]  // Monday
    [InlineData("2026-01-10", false)] // Saturday
    [InlineData("2026-01-11", false)] // Sunday
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-12-28", false)] // Boxing Day substitute
    [InlineData("2026-12-24", true)]  // Christmas Eve is not a holiday
    public void Working_days_are_weekdays_that_are_not_bank_holidays(string date, bool expected)
    {
        Assert.Equal(expected, Calendars.DayZero.IsWorkingDay(D(date)));
    }
}
