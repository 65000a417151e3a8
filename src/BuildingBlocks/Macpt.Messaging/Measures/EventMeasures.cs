using System.Diagnostics.Metrics;

namespace Macpt.Messaging.Measures;

/// <summary>
/// A service's statutory measures, read off the integration events it publishes: each event already says which
/// statutory step happened and when it was due. A service has one subclass (its <c>Application/&lt;Service&gt;Measures</c>),
/// found beside its consumers; <see cref="Outbox.OutboxCommitInterceptor"/> records an event once the transaction that
/// wrote its outbox row commits, so a rolled-back change counts nothing and no endpoint or entity counts anything itself.
/// Tags are codes only (a decision, an outcome, a category, a timeliness): never an id, a name or free text.
/// </summary>
public abstract class EventMeasures
{
    private readonly Dictionary<Type, Action<object>> _map = [];

    /// <param name="meters">The process's meter factory (a test gives its own).</param>
    /// <param name="meterName"><c>Macpt.&lt;Service&gt;</c>: exported by ServiceDefaults' <c>Macpt.*</c> rule.</param>
    protected EventMeasures(IMeterFactory meters, string meterName)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(meterName);
    }

    public Meter Meter { get; }

    /// <summary>The event types this service measures.</summary>
    public IReadOnlyCollection<Type> Measured => _map.Keys;

    /// <summary>A counter of one kind of statutory step; <paramref name="unit"/> is UCUM's annotation form, e.g. <c>{referral}</c>.</summary>
    protected Counter<long> Counter(string name, string unit, string description) =>
        Meter.CreateCounter<long>(name, unit, description);

    /// <summary>What one event adds to the measures.</summary>
    protected void On<TEvent>(Action<TEvent> record) where TEvent : class =>
        _map[typeof(TEvent)] = e => record((TEvent)e);

    /// <summary>Records one committed event; an event type with no measure is ignored.</summary>
    public void Record(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (_map.TryGetValue(@event.GetType(), out var record)) record(@event);
    }
}
