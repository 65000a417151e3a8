using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Advocacy.Tests;

/// <summary>Attendance is recorded for a meeting while the advocate acted for the parent (allocated on 2026-03-02).</summary>
public sealed class AttendanceIsWhileTheAdvocateActsTests
{
    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-20")]
    public void A_meeting_while_the_advocate_acts_holds(string meetingOn) =>
        RuleAssert.Holds(new AttendanceIsWhileTheAdvocateActs(Build.Allocation(), D(meetingOn)));

    [Fact]
    public void A_meeting_before_the_allocation_is_refused()
    {
        var allocation = Build.Allocation();
        RuleAssert.Broken(new AttendanceIsWhileTheAdvocateActs(allocation, D("2026-03-01")), "meetingOn", RuleKind.Unprocessable);
        RuleAssert.Refuses<AttendanceIsWhileTheAdvocateActs>(
            () => Attendance.Record(Guid.NewGuid(), allocation, Meetings.Conference, D("2026-02-27"), null, true, "sw-1", Build.Now), "meetingOn");
    }

    [Fact]
    public void A_meeting_after_the_allocation_ended_is_refused()
    {
        var ended = Build.Ended(TestDates.Instant("2026-03-10T12:00:00Z"));
        RuleAssert.Holds(new AttendanceIsWhileTheAdvocateActs(ended, D("2026-03-10")));
        RuleAssert.Broken(new AttendanceIsWhileTheAdvocateActs(ended, D("2026-03-11")), "meetingOn", RuleKind.Unprocessable);
    }
}
