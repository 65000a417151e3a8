namespace Macpt.LoadGenerator;

/// <summary>
/// Latency summary over every recorded sample (no bucketing: runs are bounded, so all samples fit).
/// Percentiles are nearest-rank on the sorted samples, as HdrHistogram reports them at full precision.
/// </summary>
internal sealed record LatencySummary(int Count, double Min, double P50, double P90, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        if (sorted.Length == 0) return new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);
        return new LatencySummary(sorted.Length, sorted[0], Rank(sorted, 50), Rank(sorted, 90), Rank(sorted, 95), Rank(sorted, 99),
            sorted[^1], Math.Round(sorted.Average(), 3));
    }

    /// <summary>Nearest rank: the smallest sample with at least p% of samples at or below it.</summary>
    private static double Rank(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)], 3);
    }
}
