namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// One timeliness figure as the DfE or Working Together defines it (shared/domain/figures.md, timescales.md): what it
/// counts over a period, and the national figure beside it where figures.md has a verified one.
/// </summary>
public interface ITimelinessMeasure
{
    string Code { get; }
    string Title { get; }
    string Definition { get; }
    /// <summary>England's figure (percent), or null where figures.md has none verified.</summary>
    double? National { get; }
    string? NationalPeriod { get; }

    MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today);
}
