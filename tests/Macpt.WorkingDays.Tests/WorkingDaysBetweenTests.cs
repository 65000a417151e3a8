
namespace Macpt.WorkingDays.Tests;

public sealed class WorkingDaysBetweenTests
{
    [Theory]
    [InlineData("2025-12-19", "2026-01-14", 15)] // the ICPC example, inverted
    [InlineData("2026-04-02", "2026-04-07", 1)]  // Easter
    [InlineData("2026-01-09", "2026-01-12", 1)]  // Friday to Monday
    [InlineData("2026-01-10", "2026-01-11", 0)]  // Saturday to Sunday
    [InlineData("2026-01-12", "2026-01-13", 1)]
    public void Counts_working_days_after_from_up_to_and_including_to(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendars.DayZero.WorkingDaysBetween(D(from), D(to)));
    }

    [Theory]
    [InlineData("2026-01-14", "2026-01-14")]
    [InlineData("2026-01-14", "2025-12-19")]
    public void Is_zero_when_to_is_not_after_from(string from, string to)
    {
        Assert.Equal(0, Calendars.DayZero.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void Is_the_inverse_of_AddWorkingDays_under_day_zero()
    {
        var start = D("2022-05-27");
        for (var n = 0; n <= 60; n++)
        {
            Assert.Equal(n, Calendars.DayZero.WorkingDaysBetween(start, Calendars.DayZero.AddWorkingDays(start, n)));
        }
    }

    [Theory]
    [InlineData(2024, 254)]
    [InlineData(2025, 253)]
    [InlineData(2026, 251)]
    public void Census_year_working_days_match_timescales(int firstYear, int expected)
    {
        // Census year = 1 April to 31 March inclusive, so count from the day before it opens.
        var dayBefore = new DateOnly(firstYear, 3, 31);
        var lastDay = new DateOnly(firstYear + 1, 3, 31);

        Assert.Equal(expected, Calendars.DayZero.WorkingDaysBetween(dayBefore, lastDay));
    }
}
