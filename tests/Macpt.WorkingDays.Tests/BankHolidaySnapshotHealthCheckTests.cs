using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Macpt.WorkingDays.Tests;

public sealed class BankHolidaySnapshotHealthCheckTests
{
    // Covers 2025 to 2027, so CoveredUntil is 31 Dec 2027 and the warning starts on 31 Dec 2026.
    private static readonly WorkingDayCalendar Calendar = new([D("2025-12-25"), D("2027-12-28")]);

    [Theory]
    [InlineData("2025-01-01T00:00:00Z", HealthStatus.Healthy)]
    [InlineData("2026-12-30T23:59:59Z", HealthStatus.Healthy)]
    [InlineData("2026-12-31T00:00:00Z", HealthStatus.Degraded)] // exactly 12 months left
    [InlineData("2027-06-30T23:30:00Z", HealthStatus.Degraded)] // London date 1 Jul (BST)
    [InlineData("2027-12-31T23:59:59Z", HealthStatus.Degraded)] // last covered day
    [InlineData("2028-01-01T00:00:00Z", HealthStatus.Unhealthy)]
    [InlineData("2030-05-01T12:00:00Z", HealthStatus.Unhealthy)]
    public async Task Reports_by_time_left_in_the_snapshot(string utcNow, HealthStatus expected)
    {
        var result = await Check(utcNow);

        Assert.Equal(expected, result.Status);
        Assert.Equal("2027-12-31", result.Data["coveredUntil"]);
    }

    [Theory]
    [InlineData("2027-03-01T09:00:00Z")]
    [InlineData("2028-03-01T09:00:00Z")]
    public async Task Degraded_and_unhealthy_say_how_to_fix_it(string utcNow)
    {
        var result = await Check(utcNow);

        Assert.NotEqual(HealthStatus.Healthy, result.Status);
        Assert.Contains("scripts/refresh-bank-holidays.sh", result.Description);
        Assert.Contains("2027-12-31", result.Description);
    }

    [Fact]
    public async Task Uses_the_london_date_not_the_utc_date()
    {
        // 23:30 UTC on 30 Dec in winter is still 30 Dec in London: healthy, one day before the warning.
        Assert.Equal(HealthStatus.Healthy, (await Check("2026-12-30T23:30:00Z")).Status);
        // In BST the check's "today" is already the next day.
        Assert.Equal("2027-07-01", (await Check("2027-06-30T23:30:00Z")).Data["today"]);
    }

    private static Task<HealthCheckResult> Check(string utcNow)
    {
        var check = new BankHolidaySnapshotHealthCheck(Calendar, new FakeTimeProvider(Utc(utcNow)));
        return check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
    }
}
