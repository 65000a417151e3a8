using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Macpt.Persistence;

/// <summary>The Idempotency-Key header: what is accepted, and how a request is fingerprinted.</summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;

    public static bool IsValid(string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxLength && key.All(c => c is >= '!' and <= '~');

    /// <summary>The answer when a create that needs a key has none, or an unusable one.</summary>
    public static ValidationProblem Missing() => Problems.Invalid(HeaderName,
        $"An {HeaderName} header (the sender's own reference for this request, 1 to {MaxLength} printable ASCII characters) is required.");

    /// <summary>The answer when a key already used by this caller comes with another body.</summary>
    public static ProblemHttpResult Reused() => Problems.Conflict("The idempotency key was used for a different request.",
        $"This {HeaderName} was first sent with a different body. Send a new key for a new request.", HeaderName);

    /// <summary>Fingerprint of the request as parsed and re-serialised, so whitespace and key order do not matter.</summary>
    public static string Fingerprint<T>(T request, JsonSerializerOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, options))));
}

/// <summary>
/// What a create that takes an <c>Idempotency-Key</c> binds with <c>[AsParameters]</c>: the key as sent, and the
/// response a replay marks with <c>Idempotent-Replayed</c>.
/// </summary>
public sealed record IdempotentRequest([FromHeader(Name = IdempotencyKey.HeaderName)] string? Key, HttpResponse Response);
