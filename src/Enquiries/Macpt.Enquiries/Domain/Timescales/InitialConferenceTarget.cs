using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Timescales;

/// <summary>
/// The initial child protection conference is held within 15 working days of the strategy discussion
/// at which the Section 47 enquiry was started (Working Together 2023, ch. 4; census <c>InitialCPCtarget</c>).
/// The discussion's date is day 0.
/// </summary>
public static class InitialConferenceTarget
{
    public const int WorkingDays = 15;

    public static DateOnly After(DateOnly strategyDiscussionDate, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(strategyDiscussionDate, WorkingDays);
}
