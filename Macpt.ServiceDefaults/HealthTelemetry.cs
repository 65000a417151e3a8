using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Macpt.ServiceDefaults;

/// <summary>
/// The readiness checks (the database, the broker: those tagged <c>ready</c>) as gauges: <c>macpt.health.status</c> is 1
/// while a check is healthy and 0 otherwise, tagged with the check's name. Fed by the health-check publisher, which runs
/// the same checks as <c>/health</c> every <see cref="Period"/>, so the gauges cost no extra probing of their own.
/// </summary>
internal sealed class HealthTelemetry : IHealthCheckPublisher
{
    public const string MeterName = "Macpt.Health";
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, int> _status = new(StringComparer.Ordinal);

    public HealthTelemetry(IMeterFactory meters)
    {
        meters.Create(MeterName).CreateObservableGauge("macpt.health.status",
            () => _status.Select(s => new Measurement<int>(s.Value, new KeyValuePair<string, object?>("check", s.Key))),
            "{status}", "1 while a readiness check (database, broker) is healthy, 0 otherwise");
    }

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (name, entry) in report.Entries)
        {
            if (!entry.Tags.Contains("ready")) continue;
            _status[name] = entry.Status == HealthStatus.Healthy ? 1 : 0;
        }
        return Task.CompletedTask;
    }
}
