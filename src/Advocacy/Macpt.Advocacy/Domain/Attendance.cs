using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Domain;

/// <summary>Whether the advocate attended a strategy discussion, conference or core group with the parent.</summary>
public sealed class Attendance
{
    private Attendance() { }

    public Guid Id { get; private init; }
    public Guid AllocationId { get; private init; }
    public string Meeting { get; private init; } = "";
    public DateOnly MeetingOn { get; private init; }
    /// <summary>The meeting's id in its own service (a conference id, say), when known.</summary>
    public Guid? MeetingId { get; private init; }
    public bool Attended { get; private init; }
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Recorded for a meeting while the advocate acted for the parent (<see cref="AttendanceIsWhileTheAdvocateActs"/>).</summary>
    public static Attendance Record(Guid id, Allocation allocation, string meeting, DateOnly meetingOn, Guid? meetingId, bool attended, string recordedBy, DateTimeOffset now)
    {
        Rule.Check(new AttendanceIsWhileTheAdvocateActs(allocation, meetingOn));
        return new()
        {
            Id = id,
            AllocationId = allocation.Id,
            Meeting = meeting,
            MeetingOn = meetingOn,
            MeetingId = meetingId,
            Attended = attended,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }
}

public static class Meetings
{
    public const string StrategyDiscussion = "strategy-discussion";
    public const string Conference = "conference";
    public const string CoreGroup = "core-group";

    public static readonly IReadOnlyList<string> All = [StrategyDiscussion, Conference, CoreGroup];
}
