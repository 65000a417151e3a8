namespace Macpt.Persistence.Audit;

/// <summary>
/// One audited read or change of a service's records: who (from the verified token, or the service's own
/// system actor for a consumer), what (resource, its id, the child's LA child id), when, the answer and the
/// correlation id. Ids, codes and route templates only: never a name, a date of birth, an address or free text.
/// Append-only: the service's database role may SELECT and INSERT these rows, nothing else.
/// </summary>
public sealed class AuditEntry
{
    public const string Table = "audit_log";
    /// <summary>A request answered (read, list or change) with its status, written before the answer is sent.</summary>
    public const string RequestKind = "request";
    /// <summary>A stored record changed, committed in the same transaction as the change.</summary>
    public const string ChangeKind = "change";
    /// <summary>How many distinct children a list's row names, at most (a page holds at most 200 records).</summary>
    public const int MaxChildIds = 200;

    public Guid Id { get; init; }
    public DateTimeOffset At { get; init; }
    public string Kind { get; init; } = "";
    public string Action { get; init; } = "";
    public string ResourceType { get; init; } = "";
    public string? ResourceId { get; init; }
    public string? LaChildId { get; init; }
    public List<string> LaChildIds { get; init; } = [];
    public string ActorId { get; init; } = "";
    public string ActorKind { get; init; } = "";
    public string ClientId { get; init; } = "";
    public string Agency { get; init; } = "";
    public List<string> Roles { get; init; } = [];
    public string? Method { get; init; }
    public string? Route { get; init; }
    public int? Status { get; init; }
    public string? CorrelationId { get; init; }
}
