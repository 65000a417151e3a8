using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Macpt.WorkingDays;

/// <summary>
/// Warns before the bank-holiday snapshot runs out. Past its end, deadlines skip weekends only
/// and could fall on a bank holiday, so an old snapshot must be noticed, not discovered.
/// Degraded within <see cref="WarningMonths"/> months of the end, Unhealthy after it.
/// </summary>
public sealed class BankHolidaySnapshotHealthCheck(WorkingDayCalendar calendar, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "bank-holiday-snapshot";

    /// <summary>gov.uk publishes about two years ahead, so a year's notice leaves time to refresh.</summary>
    public const int WarningMonths = 12;

    private const string Fix = "Run scripts/refresh-bank-holidays.sh and redeploy.";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = LondonClock.Today(timeProvider);
        var until = calendar.CoveredUntil;
        var data = new Dictionary<string, object>
        {
            ["today"] = Iso(today),
            ["coveredFrom"] = Iso(calendar.CoveredFrom),
            ["coveredUntil"] = Iso(until),
        };

        var result = today > until
            ? HealthCheckResult.Unhealthy(
                $"Bank holiday snapshot ended on {Iso(until)}; deadlines now skip weekends only. {Fix}", data: data)
            : today >= until.AddMonths(-WarningMonths)
                ? HealthCheckResult.Degraded(
                    $"Bank holiday snapshot ends on {Iso(until)}, less than {WarningMonths} months away. {Fix}", data: data)
                : HealthCheckResult.Healthy($"Bank holiday snapshot covers up to {Iso(until)}.", data);
        return Task.FromResult(result);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
