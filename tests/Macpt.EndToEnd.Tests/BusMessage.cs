using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>Reading a message as the bus carries it: MassTransit leaves a null field out of the JSON altogether.</summary>
public static class BusMessage
{
    /// <summary>The string field, or null when it is absent or null.</summary>
    public static string? OptionalString(this JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    /// <summary>Whether the field is absent or null (an anonymous consultation's child, a discussion with no referral).</summary>
    public static bool IsNull(this JsonElement message, string name) =>
        !message.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    /// <summary>A list of codes (agencies, say), empty when absent.</summary>
    public static string[] Codes(this JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];
}
