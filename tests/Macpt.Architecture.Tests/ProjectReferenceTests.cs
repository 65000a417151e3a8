using System.Xml.Linq;

namespace Macpt.Architecture.Tests;

/// <summary>
/// No service references another service or the gateway: a service learns another's facts from
/// events (ARCHITECTURE.md). Only the shared pieces may be referenced.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string ServiceDefaults = Repository.PathOf("Macpt.ServiceDefaults/Macpt.ServiceDefaults.csproj");
    private static readonly string BuildingBlocks = Repository.PathOf("src/BuildingBlocks") + Path.DirectorySeparatorChar;

    public static TheoryData<string> Projects => new(ServiceProjects.Discovered);

    [Fact]
    public void Every_service_and_the_gateway_is_found() =>
        Assert.Subset(ServiceProjects.Discovered.ToHashSet(), ServiceProjects.Expected.ToHashSet());

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_service_references_only_service_defaults_and_building_blocks(string project)
    {
        var path = Repository.PathOf(project);

        var forbidden = ProjectReferences(path)
            .Where(reference => !IsShared(reference.Resolved))
            .Select(reference => reference.Include)
            .ToArray();

        Assert.True(forbidden.Length == 0, $"{project} references {string.Join(", ", forbidden)}");
    }

    private static bool IsShared(string? referenced) =>
        referenced is not null
        && (referenced == ServiceDefaults || referenced.StartsWith(BuildingBlocks, StringComparison.Ordinal));

    /// <summary>Include as written, and resolved against the project's folder (null when it uses MSBuild properties).</summary>
    private static IEnumerable<(string Include, string? Resolved)> ProjectReferences(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        return XDocument.Load(project)
            .Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .SelectMany(e => ((string?)e.Attribute("Include") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(include => (include, include.Contains("$(")
                // A path built from properties cannot be checked here: write it out.
                ? null
                : Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')))));
    }
}
