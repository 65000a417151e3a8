using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Macpt.Persistence;

/// <summary>The Idempotency-Key header: what is accepted, and how a request is fingerprinted.</summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;

    public static bool IsValid(string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxLength && key.All(c => c is >= '!' and <= '~');

    /// <summary>Fingerprint of the request as parsed and re-serialised, so whitespace and key order do not matter.</summary>
    public static string Fingerprint<T>(T request, JsonSerializerOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, options))));
}
