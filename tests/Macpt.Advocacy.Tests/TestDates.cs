using System.Globalization;

namespace Macpt.Advocacy.Tests;

/// <summary>Attributes cannot hold DateOnly or DateTimeOffset, so theories pass ISO strings.</summary>
internal static class TestDates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
