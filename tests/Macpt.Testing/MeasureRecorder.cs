using System.Diagnostics.Metrics;

namespace Macpt.Testing;

/// <summary>
/// What a test's own meters recorded: a meter factory of the test's own (so no other test's measurements mix in) and a
/// listener on every instrument of its meters. <see cref="Total"/> sums one instrument's measurements whose tags match.
/// </summary>
public sealed class MeasureRecorder : IMeterFactory
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly List<Meter> _meters = [];

    public MeasureRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == this) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        _listener.Start();
    }

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters) _meters.Add(meter);
        return meter;
    }

    /// <summary>The sum of an instrument's measurements, optionally only those carrying every given tag value.</summary>
    public double Total(string instrument, params (string Key, object? Value)[] tags)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument
                    && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))
                .Sum(m => m.Value);
        }
    }

    /// <summary>Every tag key any measurement of any instrument carried.</summary>
    public IReadOnlySet<string> TagKeys
    {
        get
        {
            lock (_measurements) return _measurements.SelectMany(m => m.Tags.Keys).ToHashSet();
        }
    }

    public int Count
    {
        get
        {
            lock (_measurements) return _measurements.Count;
        }
    }

    /// <summary>Calls the observable instruments now (gauges record only when observed).</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var t in tags) copy[t.Key] = t.Value;
        lock (_measurements) _measurements.Add((instrument.Name, value, copy));
    }

    public void Dispose()
    {
        _listener.Dispose();
        lock (_meters) foreach (var m in _meters) m.Dispose();
    }
}
