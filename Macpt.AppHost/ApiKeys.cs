using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Macpt.AppHost;

/// <summary>
/// One API key per calling agency (the council's own systems, police, health, education), made once per data
/// folder and kept in <c>api-keys.json</c> (owner-only) for local callers and tests; the gateway is given only
/// their hashes.
/// </summary>
internal static class ApiKeys
{
    public static readonly string[] Agencies = ["local-authority", "police", "health", "education"];

    public static string FileIn(string dataDir) => Path.Combine(dataDir, "api-keys.json");

    public static IReadOnlyDictionary<string, string> ReadOrCreate(string dataDir)
    {
        var file = FileIn(dataDir);
        var keys = File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [] : [];
        if (Agencies.All(keys.ContainsKey)) return keys;
        foreach (var agency in Agencies.Where(a => !keys.ContainsKey(a)))
        {
            keys[agency] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        }
        File.WriteAllText(file, JsonSerializer.Serialize(keys, new JsonSerializerOptions { WriteIndented = true }));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return keys;
    }

    /// <summary>Tells the gateway who may call: caller id = agency, with the SHA-256 of its key.</summary>
    public static IResourceBuilder<ProjectResource> WithCallers(this IResourceBuilder<ProjectResource> gateway, IReadOnlyDictionary<string, string> keys)
    {
        var i = 0;
        foreach (var (agency, key) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            gateway.WithEnvironment($"Gateway__Callers__{i}__Id", agency)
                .WithEnvironment($"Gateway__Callers__{i}__Agency", agency)
                .WithEnvironment($"Gateway__Callers__{i}__KeySha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
            i++;
        }
        return gateway;
    }
}
