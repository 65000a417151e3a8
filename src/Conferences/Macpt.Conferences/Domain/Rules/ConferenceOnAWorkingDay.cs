using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference is held on a working day: census error 8875 refuses an ICPC dated on a weekend, and a
/// bank holiday is no better for the agencies that must attend.
/// </summary>
public static class ConferenceOnAWorkingDay
{
    public const string Message = "A conference is held on a working day, not at a weekend or on a bank holiday.";

    public static bool IsBroken(DateOnly date, WorkingDayCalendar calendar) => !calendar.IsWorkingDay(date);
}
