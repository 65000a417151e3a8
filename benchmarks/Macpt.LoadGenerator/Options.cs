using System.Globalization;
using System.Net;

namespace Macpt.LoadGenerator;

/// <summary>Command-line options as <c>--name value</c> pairs; every run is bounded in count and time.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{name}'.");
            values[name[2..]] = e.MoveNext() ? e.Current : throw new ArgumentException($"{name} needs a value.");
        }
    }

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The target, refused unless it is on this machine: the generator never loads anything remote.</summary>
    public Uri LoopbackUrl(string name)
    {
        var url = new Uri(Text(name));
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback) throw new ArgumentException($"--{name} must be a loopback address (localhost, 127.0.0.1, ::1), not {url.Host}.");
        return url;
    }
}
