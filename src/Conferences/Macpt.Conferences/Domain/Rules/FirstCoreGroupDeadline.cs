using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The core group first meets within 10 working days of the initial conference that started the plan
/// (shared/domain/timescales.md T5); the conference date is day 0.
/// </summary>
public static class FirstCoreGroupDeadline
{
    public const int WorkingDays = 10;

    public static DateOnly After(DateOnly initialConferenceDate, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(initialConferenceDate, WorkingDays);

    public static bool IsBroken(DateOnly firstCoreGroupOn, DateOnly initialConferenceDate, WorkingDayCalendar calendar) =>
        firstCoreGroupOn <= initialConferenceDate || firstCoreGroupOn > After(initialConferenceDate, calendar);
}
