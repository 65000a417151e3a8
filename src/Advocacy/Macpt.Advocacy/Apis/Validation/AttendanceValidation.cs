using Macpt.Advocacy.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>Attendance names a known meeting on a date not in the future, and whether the advocate attended.</summary>
public static class AttendanceValidation
{
    public static RequestErrors Check(AttendanceRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("meeting", r.Meeting, Meetings.All);
        errors.PastDate("meetingOn", r.MeetingOn, today);
        errors.OptionalId("meetingId", r.MeetingId);
        errors.Required("attended", r.Attended);
        return errors;
    }
}
