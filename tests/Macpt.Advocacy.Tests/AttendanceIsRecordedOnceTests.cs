using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>A meeting's attendance is recorded once for an allocation.</summary>
public sealed class AttendanceIsRecordedOnceTests
{
    [Fact]
    public void A_first_record_of_the_meeting_holds() => RuleAssert.Holds(new AttendanceIsRecordedOnce(alreadyRecorded: false));

    [Fact]
    public void The_same_meeting_twice_conflicts() => RuleAssert.Broken(new AttendanceIsRecordedOnce(alreadyRecorded: true), "meetingOn", RuleKind.Conflict);
}
