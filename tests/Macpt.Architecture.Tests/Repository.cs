namespace Macpt.Architecture.Tests;

/// <summary>The checked-out repository, found from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Macpt.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"Macpt.sln not found in {AppContext.BaseDirectory} or above it.");
    }
}
