namespace Macpt.WorkingDays.Tests;

/// <summary>Calendars over the embedded snapshot, built once: they are immutable.</summary>
internal static class Calendars
{
    public static readonly WorkingDayCalendar DayZero = new();

    public static readonly WorkingDayCalendar EndDateInclusive =
        new(new WorkingDayOptions { Convention = WorkingDayConvention.EndDateInclusive });
}
