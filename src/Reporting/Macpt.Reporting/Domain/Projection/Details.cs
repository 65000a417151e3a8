using System.Text.Json;
using Macpt.Contracts;

namespace Macpt.Reporting.Domain.Projection;

/// <summary>A step's or item's details as stored: a JSON object of codes, counts, ids and dates, keys in a fixed order.</summary>
internal static class Details
{
    public static SortedDictionary<string, object?> Of(params (string Key, object? Value)[] values)
    {
        var details = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values) if (value is not null) details[key] = value;
        return details;
    }

    public static string Json(SortedDictionary<string, object?> details) => JsonSerializer.Serialize(details, ContractJson.Options);
}
