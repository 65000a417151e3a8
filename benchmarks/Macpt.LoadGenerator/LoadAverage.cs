namespace Macpt.LoadGenerator;

/// <summary>The 1/5/15-minute load averages: other work shares this machine, so every figure carries them.</summary>
internal static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
