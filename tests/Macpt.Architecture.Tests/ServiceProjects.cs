namespace Macpt.Architecture.Tests;

/// <summary>The deployable projects under src/: one per service, and the gateway.</summary>
internal static class ServiceProjects
{
    /// <summary>The ones that must exist, so a broken glob cannot make the checks pass on nothing.</summary>
    public static readonly string[] Expected =
    [
        "src/Referrals/Macpt.Referrals/Macpt.Referrals.csproj",
        "src/Enquiries/Macpt.Enquiries/Macpt.Enquiries.csproj",
        "src/Conferences/Macpt.Conferences/Macpt.Conferences.csproj",
        "src/FamilyNetworks/Macpt.FamilyNetworks/Macpt.FamilyNetworks.csproj",
        "src/Advocacy/Macpt.Advocacy/Macpt.Advocacy.csproj",
        "src/Reporting/Macpt.Reporting/Macpt.Reporting.csproj",
        "src/Gateway/Macpt.Gateway/Macpt.Gateway.csproj",
    ];

    /// <summary>src/*/Macpt.*/Macpt.*.csproj, less src/BuildingBlocks, as repository-relative paths.</summary>
    public static IReadOnlyList<string> Discovered { get; } = Directory
        .EnumerateDirectories(Repository.PathOf("src"))
        .Where(area => Path.GetFileName(area) != "BuildingBlocks")
        .SelectMany(area => Directory.EnumerateDirectories(area, "Macpt.*"))
        .SelectMany(project => Directory.EnumerateFiles(project, "Macpt.*.csproj"))
        .Select(Repository.Relative)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>By default a project's assembly is named after its file.</summary>
    public static string AssemblyNameOf(string project) => Path.GetFileNameWithoutExtension(project);
}
