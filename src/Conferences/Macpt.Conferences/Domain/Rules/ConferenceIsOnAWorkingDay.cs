using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference is held on a working day: CIN census error 8875 refuses an ICPC dated on a weekend, and a
/// bank holiday is no better for the agencies that must attend. <paramref name="field"/> names the date judged.
/// </summary>
public sealed class ConferenceIsOnAWorkingDay(DateOnly date, WorkingDayCalendar calendar, string field = "date") : BusinessRule(field)
{
    public override bool IsBroken() => !calendar.IsWorkingDay(date);
    public override string Message => "A conference is held on a working day, not at a weekend or on a bank holiday.";
}
