using System.Text.RegularExpressions;

namespace Macpt.Architecture.Tests;

/// <summary>The services' source files by folder, for the checks that read code as text.</summary>
internal static partial class ServiceSources
{
    public static readonly string[] Services = ["Referrals", "Enquiries", "Conferences", "FamilyNetworks", "Advocacy", "Reporting"];

    public static readonly string[] Folders = ["Apis", "Application", "Domain", "Consumers", "Infrastructure"];

    public static string ProjectFolder(string service) => Repository.PathOf($"src/{service}/Macpt.{service}");

    /// <summary>The .cs files under one folder of a service (generated migrations left out).</summary>
    public static IEnumerable<string> Files(string service, string folder)
    {
        var dir = Path.Combine(ProjectFolder(service), folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];
    }

    public static IEnumerable<string> AllFiles(string service) => Folders.SelectMany(f => Files(service, f));

    /// <summary>Source lines with comments taken out, so a comment quoting a pattern does not count.</summary>
    public static IEnumerable<(string File, int Line, string Text)> CodeLines(IEnumerable<string> files) =>
        files.SelectMany(file => File.ReadAllLines(file).Select((text, i) => (Repository.Relative(file), i + 1, StripComment(text))));

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*')) return "";
        var at = line.IndexOf(" // ", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    /// <summary>
    /// The endpoint handlers of an Apis file: each <c>public static async Task&lt;…&gt; Name(</c> method, with the
    /// number of lines of its body.
    /// </summary>
    public static IEnumerable<(string File, string Handler, int BodyLines)> Handlers(string file)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var m = HandlerStart().Match(lines[i]);
            if (!m.Success) continue;
            var open = Array.FindIndex(lines, i, l => l.TrimEnd() == "    {");
            if (open < 0) continue;
            var close = Array.FindIndex(lines, open, l => l.TrimEnd() == "    }");
            if (close < 0) continue;
            yield return (Repository.Relative(file), m.Groups["name"].Value, close - open - 1);
            i = close;
        }
    }

    [GeneratedRegex(@"^    public static async Task<.*?> (?<name>\w+)\(")]
    private static partial Regex HandlerStart();
}
