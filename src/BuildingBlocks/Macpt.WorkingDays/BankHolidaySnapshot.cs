using System.Globalization;
using System.Text.Json;

namespace Macpt.WorkingDays;

/// <summary>Reads the England-and-Wales dates from a copy of https://www.gov.uk/bank-holidays.json.</summary>
internal static class BankHolidaySnapshot
{
    internal const string ResourceName = "Macpt.WorkingDays.bank-holidays.json";
    internal const string Division = "england-and-wales";

    // Parsed once per process; calendars built later share the array (it is never mutated).
    private static readonly Lazy<DateOnly[]> Embedded = new(LoadEmbeddedCore);

    internal static IReadOnlyList<DateOnly> LoadEmbedded() => Embedded.Value;

    internal static DateOnly[] Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty(Division, out var division)
            || !division.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array
            || events.GetArrayLength() == 0)
        {
            throw new InvalidDataException($"The bank holiday snapshot has no '{Division}' events.");
        }

        return events.EnumerateArray()
            .Select(e => DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToArray();
    }

    private static DateOnly[] LoadEmbeddedCore()
    {
        using var stream = typeof(BankHolidaySnapshot).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return Parse(stream);
    }
}
