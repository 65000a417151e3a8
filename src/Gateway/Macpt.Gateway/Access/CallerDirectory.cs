using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Macpt.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Macpt.Gateway.Access;

public sealed record Caller(string Id, string Agency);

/// <summary>Finds the caller a presented API key belongs to, by the key's hash.</summary>
public sealed class CallerDirectory
{
    private readonly FrozenDictionary<string, Caller> _byKeyHash;

    public CallerDirectory(IOptions<CallerOptions> options)
    {
        var unknown = options.Value.Callers.Where(c => !Callers.Agencies.Contains(c.Agency)).Select(c => c.Id).ToList();
        if (unknown.Count > 0) throw new OptionsValidationException(CallerOptions.Section, typeof(CallerOptions), [$"Callers with an unknown agency: {string.Join(", ", unknown)}."]);
        _byKeyHash = options.Value.Callers.ToFrozenDictionary(c => c.KeySha256, c => new Caller(c.Id, c.Agency), StringComparer.Ordinal);
    }

    public Caller? Find(string? presentedKey) =>
        string.IsNullOrEmpty(presentedKey) || presentedKey.Length > 256 ? null : _byKeyHash.GetValueOrDefault(Hash(presentedKey));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
