using System.Globalization;
using Macpt.WorkingDays;

namespace Macpt.Testing;

/// <summary>Attributes cannot hold DateOnly or DateTimeOffset, so theories pass ISO strings; the calendar is the embedded gov.uk snapshot.</summary>
public static class TestDates
{
    public static readonly WorkingDayCalendar Calendar = new();

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset Utc(string iso) => Instant(iso);
}
