using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// The core group first meets within 10 working days of the initial conference that started the plan
/// (Working Together 2023, ch. 4; timescales.md T5); the conference date is day 0. Change the timescale here:
/// the plan's first due date and the rule <see cref="Rules.FirstCoreGroupMeetsInTime"/> read it.
/// </summary>
public static class FirstCoreGroupDeadline
{
    public const int WorkingDays = 10;

    public static DateOnly After(DateOnly initialConferenceDate, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(initialConferenceDate, WorkingDays);
}
