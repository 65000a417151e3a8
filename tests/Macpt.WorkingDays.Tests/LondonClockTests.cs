using Microsoft.Extensions.Time.Testing;

namespace Macpt.WorkingDays.Tests;

/// <summary>BST 2026 runs from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC.</summary>
public sealed class LondonClockTests
{
    [Theory]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")] // GMT: same date as UTC
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")] // 00:30 GMT, before the clocks go forward
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29")] // 02:30 BST
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // 00:30 BST the next day
    [InlineData("2026-07-01T23:30:00Z", "2026-07-02")] // summer evening is already tomorrow
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // still BST: 00:30 on the 25th
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25")] // 01:30 BST, the first of the repeated hour
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // GMT again
    [InlineData("2026-01-15T23:59:59Z", "2026-01-15")] // winter
    public void Today_is_the_london_date(string utcNow, string expected)
    {
        var time = new FakeTimeProvider(Utc(utcNow));

        Assert.Equal(D(expected), LondonClock.Today(time));
        Assert.Equal(D(expected), LondonClock.ToLondonDate(Utc(utcNow)));
    }

    [Fact]
    public void Ignores_the_providers_local_time_zone()
    {
        // Containers run in UTC; the London date must not depend on that.
        var time = new FakeTimeProvider(Utc("2026-07-01T23:30:00Z"));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);

        Assert.Equal(D("2026-07-02"), LondonClock.Today(time));
    }

    [Fact]
    public void Converts_instants_with_any_offset()
    {
        var instant = new DateTimeOffset(2026, 7, 2, 4, 30, 0, TimeSpan.FromHours(5)); // 23:30Z on 1 July

        Assert.Equal(D("2026-07-02"), LondonClock.ToLondonDate(instant));
    }

    [Fact]
    public void Uses_the_europe_london_zone()
    {
        Assert.Equal("Europe/London", LondonClock.TimeZone.Id);
    }
}
