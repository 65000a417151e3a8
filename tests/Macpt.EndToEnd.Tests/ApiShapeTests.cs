using System.Net.Http.Json;
using System.Text.Json;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Every list of every service answers one paged shape (<c>{ items, page, pageSize, total }</c>, asked for with
/// <c>page</c> and <c>pageSize</c>), read from the services' own OpenAPI documents so a list added later is
/// checked without a change here.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class ApiShapeTests(MacptSystem system)
{
    public static TheoryData<string> Services => new(Macpt.Contracts.ServiceNames.Apis);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_list_answers_a_page(string service)
    {
        using var client = system.ServiceClient(service);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;

        var gets = new List<string>();
        var bareArrays = new List<string>();
        var pagesWithoutPaging = new List<string>();
        var pascalParameters = new List<string>();
        var paged = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("parameters", out _)))
            {
                foreach (var parameter in operation.Value.GetProperty("parameters").EnumerateArray())
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    if (parameter.GetProperty("in").GetString() == "query" && !char.IsAsciiLetterLower(name[0])) pascalParameters.Add($"{operation.Name} {path.Name} ?{name}");
                }
            }
            if (!path.Value.TryGetProperty("get", out var get)) continue;
            gets.Add(path.Name);
            if (!get.TryGetProperty("responses", out var responses) || !responses.TryGetProperty("200", out var ok)
                || !ok.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json)
                || !json.TryGetProperty("schema", out var schema)) continue;

            var resolved = Resolve(schema, schemas);
            if (resolved.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array")
            {
                bareArrays.Add(path.Name);
                continue;
            }
            if (!resolved.TryGetProperty("properties", out var properties) || !properties.TryGetProperty("items", out _)) continue;
            paged++;
            string[] shape = ["items", "page", "pageSize", "total"];
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToHashSet() : [];
            if (!shape.All(n => properties.TryGetProperty(n, out _)) || !parameters.Contains("page") || !parameters.Contains("pageSize"))
                pagesWithoutPaging.Add(path.Name);
        }

        Assert.NotEmpty(gets);
        Assert.True(paged > 0, $"{service}: no paged list found among {string.Join(", ", gets)}");
        Assert.True(bareArrays.Count == 0, $"{service}: lists answering a bare array: {string.Join(", ", bareArrays)}");
        Assert.True(pascalParameters.Count == 0, $"{service}: query parameters not named as clients send them (camelCase): {string.Join(", ", pascalParameters)}");
        Assert.True(pagesWithoutPaging.Count == 0, $"{service}: pages without page/pageSize or the full shape: {string.Join(", ", pagesWithoutPaging)}");
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var depth = 0; depth < 8 && schema.TryGetProperty("$ref", out var r); depth++)
        {
            var name = r.GetString()!.Split('/')[^1];
            if (schemas.ValueKind != JsonValueKind.Object || !schemas.TryGetProperty(name, out schema)) break;
        }
        return schema;
    }
}
