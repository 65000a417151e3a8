namespace Macpt.Persistence;

/// <summary>
/// An instant as PostgreSQL's <c>timestamptz</c> keeps it: in UTC (Npgsql takes UTC only) and to the microsecond.
/// An answer built before saving then reads the same as one rebuilt from the store, as an idempotent replay is.
/// </summary>
public static class StoredInstant
{
    public static DateTimeOffset Of(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
