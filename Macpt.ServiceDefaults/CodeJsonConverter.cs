using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Macpt.ServiceDefaults;

/// <summary>
/// Reads a census code sent either as a JSON string ("1") or a number (1): front-door systems
/// differ, the code does not. Anything else is a type error naming the field.
/// </summary>
public sealed class CodeJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException("A code must be a string or a whole number."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
