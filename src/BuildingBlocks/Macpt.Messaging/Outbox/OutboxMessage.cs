namespace Macpt.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change it announces. Its id becomes the message id, so a re-publish is recognised downstream.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    /// <summary>The contract's full type name (see <c>ContractTypes</c>).</summary>
    public required string MessageType { get; init; }
    /// <summary>The event as JSON: ids, dates and codes only, by contract.</summary>
    public required string Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>W3C trace context of the request that caused the event, so one trace spans the bus.</summary>
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
}
