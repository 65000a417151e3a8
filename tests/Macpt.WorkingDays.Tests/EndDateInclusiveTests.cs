
namespace Macpt.WorkingDays.Tests;

/// <summary>
/// The CIN validator's convention: pandas <c>CustomBusinessDay(n: N - 1)</c>. Expected values were
/// checked against pandas 1.5 for every start from 2018 to 2028 and N = 1..39.
/// </summary>
public sealed class EndDateInclusiveTests
{
    [Fact]
    public void Icpc_example_is_one_working_day_earlier_than_day_zero()
    {
        Assert.Equal(D("2026-01-13"), Calendars.EndDateInclusive.AddWorkingDays(D("2025-12-19"), 15));
    }

    [Theory]
    [InlineData("2026-01-12", 1, "2026-01-12")] // working start: N = 1 is the start itself
    [InlineData("2026-01-12", 2, "2026-01-13")]
    [InlineData("2026-01-10", 1, "2026-01-12")] // Saturday rolls forward to Monday
    [InlineData("2026-01-10", 2, "2026-01-12")] // pandas: Sat + 1 business day is Monday
    [InlineData("2026-01-10", 3, "2026-01-13")]
    [InlineData("2025-08-23", 1, "2025-08-26")] // Saturday before a bank holiday Monday
    [InlineData("2026-04-02", 2, "2026-04-07")] // Easter 2026
    public void Offsets_n_minus_one_working_days(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendars.EndDateInclusive.AddWorkingDays(D(start), days));
    }

    [Fact]
    public void Zero_days_returns_the_start_and_negative_throws()
    {
        Assert.Equal(D("2026-01-10"), Calendars.EndDateInclusive.AddWorkingDays(D("2026-01-10"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendars.EndDateInclusive.AddWorkingDays(D("2026-01-10"), -3));
    }

    [Fact]
    public void Default_convention_is_day_zero()
    {
        Assert.Equal(WorkingDayConvention.StartIsDayZero, new WorkingDayOptions().Convention);
        Assert.Equal(WorkingDayConvention.StartIsDayZero, Calendars.DayZero.Convention);
        Assert.Equal(WorkingDayConvention.EndDateInclusive, Calendars.EndDateInclusive.Convention);
    }
}
