namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Child protection plans ended in the period that had lasted 2 years or more (DfE children in need statistics, ended
/// plans by duration; shared/domain/figures.md §1): ended on or after the second anniversary of the start. A plan whose
/// start is unknown here counts in the denominator, not the numerator. England 2024-25: 4.4%.
/// </summary>
public sealed class PlansEndedLasting2YearsOrMore : ITimelinessMeasure
{
    public const int Years = 2;

    public string Code => "plans-ended-lasting-2-years-or-more";
    public string Title => "Plans ended that lasted 2 years or more";
    public string Definition => "Child protection plans ended in the period; numerator: those whose end date is on or after 2 years from the start date.";
    public double? National => 4.4;
    public string? NationalPeriod => "2024-25";

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(facts.Plans.Where(p => period.Contains(p.EndDate)), p => p.StartDate is { } start && p.EndDate >= start.AddYears(Years));
}
