
namespace Macpt.WorkingDays.Tests;

/// <summary>
/// The embedded snapshot against the England-and-Wales dates gov.uk publishes, written out by
/// hand (not read from the snapshot) so a bad refresh cannot pass unnoticed.
/// </summary>
public sealed class BankHolidayFeedTests
{
    public static TheoryData<int, string[]> PublishedByYear => new()
    {
        { 2018, ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"] },
        { 2019, ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"] },
        // Early May moved to Friday 8 May for VE Day 75; Boxing Day substitute on Monday 28 Dec.
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        // Spring holiday moved to 2 June plus the Platinum Jubilee (3 June); the Queen's funeral (19 Sep).
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        // The coronation of King Charles III (8 May).
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"] },
        // 2025 to 2027 also match the table in shared/domain/timescales.md section 4.
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
    };

    [Theory]
    [MemberData(nameof(PublishedByYear))]
    public void Snapshot_lists_exactly_the_published_holidays_of_the_year(int year, string[] published)
    {
        var expected = published.Select(D).ToArray();

        var actual = Calendars.DayZero.BankHolidays.Where(d => d.Year == year).ToArray();

        Assert.Equal(expected, actual);
        Assert.All(expected, d => Assert.True(Calendars.DayZero.IsBankHoliday(d), $"{d:yyyy-MM-dd}"));
    }

    [Fact]
    public void Snapshot_covers_2018_to_2027()
    {
        Assert.True(Calendars.DayZero.CoveredFrom <= D("2018-01-01"));
        Assert.True(Calendars.DayZero.CoveredUntil >= D("2027-12-31"));
        Assert.Equal(12, Calendars.DayZero.CoveredUntil.Month);
        Assert.Equal(31, Calendars.DayZero.CoveredUntil.Day);
    }

    [Theory]
    [InlineData("2020-05-04")] // the usual first Monday in May, moved to VE Day in 2020
    [InlineData("2022-05-30")] // the usual last Monday in May, moved to 2 June in 2022
    [InlineData("2022-12-25")] // Sunday: the holiday is the substitute on 27 December
    [InlineData("2027-12-25")] // Saturday: substitute on 27 December
    public void Days_a_rule_would_give_are_not_holidays_when_the_feed_says_otherwise(string date)
    {
        Assert.False(Calendars.DayZero.IsBankHoliday(D(date)));
    }

    [Fact]
    public void Holidays_are_in_date_order_without_duplicates()
    {
        var holidays = Calendars.DayZero.BankHolidays;

        Assert.Equal(holidays.Order().Distinct(), holidays);
    }
}
