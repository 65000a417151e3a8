namespace Macpt.WorkingDays;

/// <summary>
/// Turns instants into the calendar date in England. Deadlines are counted in local dates,
/// and servers run in UTC, so "today" between 23:00 and 00:00 UTC in summer is already tomorrow.
/// </summary>
public static class LondonClock
{
    public const string TimeZoneId = "Europe/London";

    // Lazy so a missing tz database fails with a clear message rather than a TypeInitializationException.
    private static readonly Lazy<TimeZoneInfo> London = new(FindLondon);

    /// <summary>The Europe/London zone (GMT in winter, BST in summer).</summary>
    public static TimeZoneInfo TimeZone => London.Value;

    /// <summary>Today's date in England according to <paramref name="timeProvider"/>.</summary>
    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ToLondonDate(timeProvider.GetUtcNow());
    }

    /// <summary>The calendar date in England at <paramref name="instant"/>.</summary>
    public static DateOnly ToLondonDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London.Value).DateTime);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            // InvariantGlobalization does not matter here: on Linux zones come from /usr/share/zoneinfo.
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException(
                $"Time zone '{TimeZoneId}' not found: install the tzdata package in this image.", e);
        }
    }
}
