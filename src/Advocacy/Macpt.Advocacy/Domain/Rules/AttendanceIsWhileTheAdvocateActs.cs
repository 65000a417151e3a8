using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate's attendance is recorded for a meeting while they acted for the parent: not before the
/// allocation, not after it ended (local recording rule).
/// </summary>
public sealed class AttendanceIsWhileTheAdvocateActs(Allocation allocation, DateOnly meetingOn) : IBusinessRule
{
    private bool Before => meetingOn < LondonClock.ToLondonDate(allocation.AllocatedAt);
    private bool After => allocation.EndedAt is { } ended && meetingOn > LondonClock.ToLondonDate(ended);

    public bool IsBroken() => Before || After;
    public string Field => "meetingOn";
    public string Message => Before
        ? "The meeting was before the advocate was allocated."
        : "The meeting was after the advocate stopped acting for the parent.";
    public RuleKind Kind => RuleKind.Unprocessable;
}
