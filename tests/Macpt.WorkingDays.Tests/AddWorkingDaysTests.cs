
namespace Macpt.WorkingDays.Tests;

/// <summary>The default convention: the start is day 0, the deadline the N-th working day after it.</summary>
public sealed class AddWorkingDaysTests
{
    [Fact]
    public void Icpc_example_from_timescales_skips_christmas_and_new_year()
    {
        // Strategy discussion Fri 19 Dec 2025; 25, 26 Dec and 1 Jan are skipped.
        Assert.Equal(D("2026-01-14"), Calendars.DayZero.AddWorkingDays(D("2025-12-19"), 15));
    }

    [Theory]
    [InlineData("2018-12-21", 3, "2018-12-28")]
    [InlineData("2019-12-20", 5, "2019-12-31")]
    [InlineData("2020-12-24", 1, "2020-12-29")] // Boxing Day substitute Mon 28
    [InlineData("2021-12-24", 1, "2021-12-29")] // both substitutes, Mon 27 and Tue 28
    [InlineData("2022-12-23", 1, "2022-12-28")] // Boxing Day Mon 26, Christmas substitute Tue 27
    [InlineData("2022-12-30", 1, "2023-01-03")] // New Year substitute Mon 2 Jan
    [InlineData("2025-12-24", 2, "2025-12-30")]
    [InlineData("2026-12-24", 1, "2026-12-29")] // Boxing Day substitute Mon 28
    [InlineData("2027-12-24", 1, "2027-12-29")] // both substitutes, Mon 27 and Tue 28
    public void Christmas_holidays_are_skipped(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendars.DayZero.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-07")] // Good Friday 3 Apr, Easter Monday 6 Apr
    [InlineData("2027-03-25", 1, "2027-03-30")] // Good Friday 26 Mar, Easter Monday 29 Mar
    [InlineData("2020-05-07", 1, "2020-05-11")] // VE Day Friday 8 May
    [InlineData("2022-06-01", 1, "2022-06-06")] // Jubilee 2 and 3 June
    [InlineData("2022-09-16", 1, "2022-09-20")] // State funeral Monday 19 Sep
    [InlineData("2023-05-05", 1, "2023-05-09")] // Coronation Monday 8 May
    public void Easter_and_one_off_holidays_are_skipped(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendars.DayZero.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-01-09", 1, "2026-01-12")] // Friday + 1 → Monday
    [InlineData("2026-01-07", 5, "2026-01-14")] // Wednesday + 5 → next Wednesday
    [InlineData("2026-01-12", 4, "2026-01-16")] // within one week
    public void Weekends_are_skipped(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendars.DayZero.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-01-10", "2026-01-12")] // Saturday → Monday
    [InlineData("2026-01-11", "2026-01-12")] // Sunday → Monday
    [InlineData("2025-08-23", "2025-08-26")] // Saturday → Tuesday: Monday 25 Aug is a holiday
    [InlineData("2025-12-25", "2025-12-29")] // a holiday start is day 0 too
    public void A_non_working_start_is_still_day_zero(string start, string expected)
    {
        Assert.Equal(D(expected), Calendars.DayZero.AddWorkingDays(D(start), 1));
    }

    [Theory]
    [InlineData("2026-01-14")]
    [InlineData("2026-01-10")] // Saturday: nothing to count, so no roll forward
    public void Zero_days_returns_the_start(string start)
    {
        Assert.Equal(D(start), Calendars.DayZero.AddWorkingDays(D(start), 0));
    }

    [Fact]
    public void Negative_days_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendars.DayZero.AddWorkingDays(D("2026-01-14"), -1));
    }

    [Fact]
    public void Beyond_the_snapshot_only_weekends_are_skipped()
    {
        var calendar = new WorkingDayCalendar([D("2025-12-25"), D("2025-12-26")]);

        // 25 Dec 2026 is a holiday in reality, but this calendar cannot know it.
        Assert.False(calendar.Covers(D("2026-12-25")));
        Assert.Equal(D("2026-12-25"), calendar.AddWorkingDays(D("2026-12-24"), 1));
        Assert.Equal(D("2025-12-29"), calendar.AddWorkingDays(D("2025-12-24"), 1));
    }
}
