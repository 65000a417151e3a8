using System.Diagnostics.Metrics;
using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Application;

/// <summary>
/// The service's gauges (Meter "Macpt.Reporting", exported by ServiceDefaults' "Macpt.*" rule): the open and overdue
/// work items now, per stage (the work item's kind, a fixed code). The exporter reads the last counts
/// <see cref="WorkGaugeRefresher"/> took from the database, never the database itself, so a slow database never holds it up.
/// </summary>
public sealed class ReportingTelemetry : IDisposable
{
    public const string MeterName = "Macpt.Reporting";
    private readonly Meter _meter = new(MeterName);
    // Empty until the first count: nothing is reported before then, rather than zeros.
    private volatile IReadOnlyDictionary<string, (long Open, long Overdue)> _counts = new Dictionary<string, (long, long)>();

    public ReportingTelemetry()
    {
        _meter.CreateObservableGauge("macpt.work.open", () => Measure(c => c.Open), unit: "{item}", description: "Open statutory work items, by stage.");
        _meter.CreateObservableGauge("macpt.work.overdue", () => Measure(c => c.Overdue), unit: "{item}", description: "Overdue statutory work items, by stage.");
    }

    public void Update(IReadOnlyDictionary<string, (long Open, long Overdue)> counts) =>
        _counts = WorkKinds.All.ToDictionary(k => k, k => counts.GetValueOrDefault(k), StringComparer.Ordinal);

    private IEnumerable<Measurement<long>> Measure(Func<(long Open, long Overdue), long> pick) =>
        _counts.Select(c => new Measurement<long>(pick(c.Value), new KeyValuePair<string, object?>("stage", c.Key)));

    public void Dispose() => _meter.Dispose();
}
