using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Rules;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Application;

/// <summary>
/// Records whether the advocate attended a strategy discussion, conference or core group with the parent: while
/// they acted for the parent (<see cref="Attendance.Record"/>), and once per meeting (<see cref="AttendanceIsRecordedOnce"/>).
/// </summary>
public sealed class RecordAttendance(AdvocacyDbContext db, TimeProvider time)
{
    public async Task<Attendance> RunAsync(Allocation allocation, AttendanceRequest r, string recordedBy, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var meetingOn = r.MeetingOn!.Value;
        var attendance = Attendance.Record(Guid.CreateVersion7(now), allocation, r.Meeting!, meetingOn, r.MeetingId, r.Attended!.Value, recordedBy, now);
        var recorded = await db.Attendances.AnyAsync(a => a.AllocationId == allocation.Id && a.Meeting == r.Meeting && a.MeetingOn == meetingOn, ct);
        Rule.Check(new AttendanceIsRecordedOnce(recorded));
        db.Attendances.Add(attendance);
        await db.SaveChangesAsync(ct);
        return attendance;
    }
}
