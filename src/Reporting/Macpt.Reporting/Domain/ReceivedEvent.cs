namespace Macpt.Reporting.Domain;

/// <summary>
/// An integration event as received, kept so every projection can be rebuilt from scratch: its message id, its
/// contract's type name, the children it concerns and its body (ids, dates and codes only, as every event is), in
/// the order it arrived. Never changed once stored.
/// </summary>
public sealed class ReceivedEvent
{
    public Guid MessageId { get; init; }
    public string Contract { get; init; } = "";
    /// <summary>The child the event is about (null for an anonymous consultation).</summary>
    public string? LaChildId { get; init; }
    /// <summary>Every child whose projections it feeds: the child, and for a birth the unborn record as well.</summary>
    public List<string> LaChildIds { get; init; } = [];
    public string Body { get; init; } = "{}";
    /// <summary>Arrival order (an identity column): for reading the store in order, never for deciding a projection.</summary>
    public long ReceivedOrder { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
