namespace Macpt.Reporting.Domain.Measures;

/// <summary>A measure's count: <see cref="Percent"/> is numerator / denominator × 100 to 1 decimal, null when nothing was counted.</summary>
public sealed record MeasureCount(int Numerator, int Denominator)
{
    public double? Percent => Denominator == 0 ? null : Math.Round(Numerator * 100.0 / Denominator, 1, MidpointRounding.AwayFromZero);

    public static MeasureCount Of<T>(IEnumerable<T> denominator, Func<T, bool> counts)
    {
        var items = denominator.ToList();
        return new MeasureCount(items.Count(counts), items.Count);
    }
}
