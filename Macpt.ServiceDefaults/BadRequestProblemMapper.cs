using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// Unreadable requests (malformed JSON, a value of the wrong type, an oversized body) answer 4xx
/// naming the JSON path at fault.
/// </summary>
internal sealed class BadRequestProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception)
    {
        if (exception is not BadHttpRequestException bad) return null;

        var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        var json = FindJsonException(bad);
        var field = json?.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
        var detail = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "The request body must be application/json.",
            _ when json is not null => "The request body is not valid JSON for this resource.",
            _ => "The request could not be read.",
        };
        return new ProblemAnswer(status, "The request is malformed.", detail,
            new Dictionary<string, string[]> { [field] = [detail] });
    }

    private static JsonException? FindJsonException(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json) return json;
        }
        return null;
    }
}
