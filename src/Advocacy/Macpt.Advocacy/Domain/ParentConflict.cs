namespace Macpt.Advocacy.Domain;

/// <summary>
/// Two parents of the same child whose interests conflict (domestic abuse between them, say): one advocate
/// never serves both. Stored once per pair, the lower id first.
/// </summary>
public sealed class ParentConflict
{
    private ParentConflict() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public Guid FirstParentId { get; private init; }
    public Guid SecondParentId { get; private init; }
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    public bool Involves(Guid parentId) => FirstParentId == parentId || SecondParentId == parentId;
    public Guid Other(Guid parentId) => FirstParentId == parentId ? SecondParentId : FirstParentId;

    public static ParentConflict Between(Guid id, string laChildId, Guid a, Guid b, string recordedBy, DateTimeOffset now)
    {
        if (a == b) throw new ArgumentException("A parent is not in conflict with themselves.", nameof(b));
        var (first, second) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        return new() { Id = id, LaChildId = laChildId, FirstParentId = first, SecondParentId = second, RecordedBy = recordedBy, RecordedAt = now };
    }
}
