using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

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

    /// <summary>The pair, lower id first, whichever way it is given; two parents of one family (<see cref="ConflictIsWithinOneFamily"/>).</summary>
    public static ParentConflict Between(Guid id, Parent a, Parent b, string recordedBy, DateTimeOffset now)
    {
        // Request validation refuses the same parent twice; reaching here with it is a programming error.
        if (a.Id == b.Id) throw new ArgumentException("A parent is not in conflict with themselves.", nameof(b));
        Rule.Check(new ConflictIsWithinOneFamily(a, b));
        var (first, second) = a.Id.CompareTo(b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id);
        return new() { Id = id, LaChildId = a.LaChildId, FirstParentId = first, SecondParentId = second, RecordedBy = recordedBy, RecordedAt = now };
    }
}
