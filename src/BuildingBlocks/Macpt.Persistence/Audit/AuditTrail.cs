using Microsoft.AspNetCore.Http;

namespace Macpt.Persistence.Audit;

/// <summary>
/// What one request's queries loaded and its saves changed (type, key and child only), kept on the request so
/// its audit row can name the record read and the children a list disclosed.
/// </summary>
internal sealed class AuditTrail
{
    private const int MaxRecords = 1000;
    private static readonly object ItemKey = new();
    private readonly List<AuditedRecord> _records = [];

    public IReadOnlyList<AuditedRecord> Records => _records;

    public static AuditTrail? Of(HttpContext? http) => http?.Items[ItemKey] as AuditTrail;

    public static AuditTrail Start(HttpContext http)
    {
        var trail = new AuditTrail();
        http.Items[ItemKey] = trail;
        return trail;
    }

    public void Add(AuditedRecord record)
    {
        lock (_records)
        {
            if (_records.Count < MaxRecords) _records.Add(record);
        }
    }
}

internal sealed record AuditedRecord(string Type, string? Key, string? LaChildId, bool Changed);
