using System.Text.Json;
using System.Text.Json.Nodes;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Bad-input cases generated from a service's own OpenAPI document: every operation that writes (POST, PUT, PATCH,
/// DELETE) gets them, so an endpoint added later is covered with no change here. A case is refused by construction: a
/// body that is not JSON, is cut short, has another content type, or has one declared property given a value of the
/// wrong JSON type or format (an object for a string, text for a number, a boolean or a date, a non-uuid for a uuid);
/// or a path id that is not a uuid.
/// </summary>
public static class OpenApiCases
{
    public sealed record WriteOperation(string Service, string Method, string Path, JsonElement? BodySchema, bool TakesIdempotencyKey)
    {
        public string Name => $"{Method} {Path}";
        /// <summary>The first path parameter's name, if any (the record the operation changes).</summary>
        public string? IdParameter => Path.Split('/').FirstOrDefault(s => s.StartsWith('{'))?.Trim('{', '}');
        /// <summary>The collection the id is listed by: the path up to its first parameter.</summary>
        public string? Collection => IdParameter is null ? null : Path[..(Path.IndexOf('{', StringComparison.Ordinal) - 1)];
    }

    public sealed record Case(string Name, string Body, string ContentType, bool MalformedId = false);

    public static IEnumerable<WriteOperation> WriteOperations(string service, JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch" or "delete"))
            {
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var rb) && rb.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.GetProperty("schema")
                    : null;
                var key = operation.Value.TryGetProperty("parameters", out var ps) && ps.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key");
                yield return new WriteOperation(service, operation.Name.ToUpperInvariant(), path.Name, body, key);
            }
        }
    }

    /// <summary>The operation's refused cases, generated from its body schema (resolved against the document's components).</summary>
    public static List<Case> InvalidCases(WriteOperation operation, JsonElement document)
    {
        var skeleton = operation.BodySchema is { } schema ? Skeleton(schema, document, 0) ?? new JsonObject() : new JsonObject();
        var json = skeleton.ToJsonString();
        var cases = new List<Case>
        {
            new("not JSON", "{\"unclosed\": ", "application/json"),
            new("cut short", json[..Math.Max(1, json.Length / 2)], "application/json"),
            new("text/plain", json, "text/plain"),
            new("XML", "<request><value>1</value></request>", "application/xml"),
        };
        if (skeleton is JsonObject && operation.BodySchema is not null) cases.Add(new("an array for the object", "[" + json + "]", "application/json"));
        if (operation.IdParameter is not null) cases.Add(new("a path id that is not a uuid", json, "application/json", MalformedId: true));
        if (operation.BodySchema is { } s)
        {
            foreach (var (path, wrong, why) in WrongTypes(Resolve(s, document), document, [], 0))
            {
                var body = skeleton.DeepClone();
                Set(body, path, wrong);
                cases.Add(new($"{string.Join('.', path)}: {why}", body.ToJsonString(), "application/json"));
            }
        }
        return cases;
    }

    /// <summary>
    /// The operation's valid body, generated from its schema: every declared property, with the value
    /// <paramref name="values"/> gives it (a JSON null there leaves the property out), or else one made from its
    /// type and format (today for a date, a minute ago for an instant, a new uuid, the first of an enum, one item
    /// of an array). The items of an array the values give are taken as given (an item's optional fields left out
    /// stay out). A value given for a property the schema does not declare is named in <paramref name="undeclared"/>.
    /// </summary>
    public static JsonNode ValidBody(WriteOperation operation, JsonElement document, JsonNode? values, List<string> undeclared) =>
        operation.BodySchema is { } schema ? Valid(schema, document, values, "", undeclared, 0, fill: true) ?? new JsonObject() : new JsonObject();

    private static JsonNode? Valid(JsonElement schema, JsonElement document, JsonNode? given, string at, List<string> undeclared, int depth, bool fill)
    {
        schema = Resolve(schema, document);
        var types = Types(schema);
        if (schema.TryGetProperty("properties", out var properties))
        {
            var o = new JsonObject();
            var declared = properties.EnumerateObject().Select(p => p.Name).ToHashSet();
            var givenObject = given as JsonObject;
            foreach (var p in properties.EnumerateObject())
            {
                if (givenObject is not null && givenObject.TryGetPropertyValue(p.Name, out var value))
                {
                    if (value is not null) o[p.Name] = Valid(p.Value, document, value, $"{at}{p.Name}.", undeclared, depth + 1, fill);
                }
                else if (depth < 8 && (fill || givenObject is null))
                {
                    o[p.Name] = Valid(p.Value, document, null, $"{at}{p.Name}.", undeclared, depth + 1, fill: true);
                }
            }
            if (givenObject is not null) undeclared.AddRange(givenObject.Select(g => g.Key).Where(k => !declared.Contains(k)).Select(k => at + k));
            return o;
        }
        if (types.Contains("array") && schema.TryGetProperty("items", out var items))
        {
            return given is JsonArray givenArray
                ? new JsonArray(givenArray.Select(g => g is null ? null : Valid(items, document, g, at, undeclared, depth + 1, fill: false)).ToArray())
                : new JsonArray(Valid(items, document, null, at, undeclared, depth + 1, fill: true));
        }
        if (given is not null) return given.DeepClone();
        if (schema.TryGetProperty("enum", out var choices) && choices.GetArrayLength() > 0) return JsonNode.Parse(choices[0].GetRawText());
        if (types.Contains("integer") || types.Contains("number")) return 1;
        if (types.Contains("boolean")) return true;
        return Format(schema) switch
        {
            "date" => Macpt.WorkingDays.LondonClock.Today(TimeProvider.System).ToString("yyyy-MM-dd"),
            "date-time" => DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            "uuid" => Guid.NewGuid().ToString(),
            _ => "Generated.",
        };
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document)
    {
        if (schema.TryGetProperty("$ref", out var r))
        {
            return document.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
        }
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            foreach (var option in oneOf.EnumerateArray())
            {
                if (!(option.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")) return Resolve(option, document);
            }
        }
        return schema;
    }

    private static IReadOnlySet<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var t) ? new HashSet<string>()
        : t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).Where(x => x != "null").ToHashSet()
        : new HashSet<string> { t.GetString()! };

    private static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    /// <summary>A body with every declared property present and of its declared type (not necessarily acceptable).</summary>
    private static JsonNode? Skeleton(JsonElement schema, JsonElement document, int depth)
    {
        schema = Resolve(schema, document);
        if (depth > 8) return null;
        var types = Types(schema);
        if (schema.TryGetProperty("properties", out var properties) || types.Contains("object"))
        {
            var o = new JsonObject();
            if (properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in properties.EnumerateObject()) o[p.Name] = Skeleton(p.Value, document, depth + 1);
            }
            return o;
        }
        if (types.Contains("array")) return new JsonArray(schema.TryGetProperty("items", out var items) ? Skeleton(items, document, depth + 1) : null);
        if (types.Contains("integer") || types.Contains("number")) return 1;
        if (types.Contains("boolean")) return true;
        if (types.Contains("string"))
        {
            return Format(schema) switch
            {
                "date" => "2026-11-25",
                "date-time" => "2026-11-25T10:00:00Z",
                "uuid" => Guid.NewGuid().ToString(),
                _ => "generated",
            };
        }
        return "generated"; // a property typed {} (a code read as a string or a number)
    }

    /// <summary>For each property whose type the document declares, a value that cannot bind to it.</summary>
    private static IEnumerable<(List<object> Path, JsonNode Wrong, string Why)> WrongTypes(JsonElement schema, JsonElement document, List<object> at, int depth)
    {
        if (depth > 3 || !schema.TryGetProperty("properties", out var properties)) yield break;
        foreach (var p in properties.EnumerateObject())
        {
            var path = new List<object>(at) { p.Name };
            var resolved = Resolve(p.Value, document);
            var types = Types(resolved);
            if (resolved.TryGetProperty("properties", out _))
            {
                yield return (path, JsonValue.Create(12345)!, "a number for an object");
                foreach (var nested in WrongTypes(resolved, document, path, depth + 1)) yield return nested;
            }
            else if (types.Contains("array")) yield return (path, JsonValue.Create("not-an-array")!, "a string for an array");
            else if (types.Contains("integer") || types.Contains("number")) yield return (path, JsonValue.Create("not-a-number")!, "text for a number");
            else if (types.Contains("boolean")) yield return (path, JsonValue.Create("not-a-boolean")!, "text for a boolean");
            else if (types.Contains("string") && Format(resolved) is "date" or "date-time") yield return (path, JsonValue.Create("31/02/2026")!, "not a date");
            else if (types.Contains("string") && Format(resolved) == "uuid") yield return (path, JsonValue.Create("not-a-uuid")!, "not a uuid");
            else if (types.Contains("string")) yield return (path, new JsonObject { ["nested"] = "object" }, "an object for a string");
        }
    }

    private static void Set(JsonNode body, List<object> path, JsonNode value)
    {
        var node = body;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var next = node[(string)path[i]];
            if (next is null)
            {
                next = new JsonObject();
                node[(string)path[i]] = next;
            }
            node = next;
        }
        node[(string)path[^1]] = value;
    }
}
