namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Review child protection conferences held on time: the first within 3 months of the ICPC, later ones within 6 months
/// of the last (Working Together 2023, ch. 4; shared/domain/timescales.md T6a, T6b). Counted over reviews held in the
/// period; on time when held on or before the date the review was due (as conferences recorded it, else as reporting
/// tracked it from the plan's start and earlier reviews). A review whose due date is unknown counts as not on time.
/// No national figure is published.
/// </summary>
public sealed class ReviewsOnTime : ITimelinessMeasure
{
    public string Code => "reviews-on-time";
    public string Title => "Review conferences held on time";
    public string Definition =>
        "Review child protection conferences held in the period; numerator: held on or before the date the review was due " +
        "(3 months after the initial conference, then at most 6 months after the previous review; Working Together 2023, ch. 4).";
    public double? National => null;
    public string? NationalPeriod => null;

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(facts.Reviews.Where(r => period.Contains(r.ReviewedOn)), r => r.DueOn is { } due && r.ReviewedOn <= due);
}
