using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>A meeting's attendance is recorded once for an allocation (local recording rule).</summary>
/// <param name="alreadyRecorded">Whether the same meeting on the same day is already recorded (a query's answer).</param>
public sealed class AttendanceIsRecordedOnce(bool alreadyRecorded) : BusinessRule("meetingOn", RuleKind.Conflict)
{
    public override bool IsBroken() => alreadyRecorded;
    public override string Message => "This meeting's attendance is already recorded for the allocation.";
}
