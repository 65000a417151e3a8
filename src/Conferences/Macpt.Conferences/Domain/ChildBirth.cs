namespace Macpt.Conferences.Domain;

/// <summary>
/// The birth of a child who was the subject of a pre-birth conference: the unborn record's LA id, the child's LA id
/// after the birth (the same or a new one) and the date of birth. One a child (<see cref="Rules.BirthIsRecordedOnce"/>).
/// </summary>
public sealed class ChildBirth
{
    private ChildBirth() { }

    public string UnbornLaChildId { get; private init; } = "";
    public string LaChildId { get; private init; } = "";
    public DateOnly DateOfBirth { get; private init; }
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    public static ChildBirth Recorded(string unbornLaChildId, string laChildId, DateOnly dateOfBirth, string recordedBy, DateTimeOffset now) =>
        new() { UnbornLaChildId = unbornLaChildId, LaChildId = laChildId, DateOfBirth = dateOfBirth, RecordedBy = recordedBy, RecordedAt = now };
}
