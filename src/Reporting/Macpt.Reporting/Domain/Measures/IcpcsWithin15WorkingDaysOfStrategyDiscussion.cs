namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Initial child protection conferences held within 15 working days of the strategy discussion that started the
/// Section 47 enquiry: Working Together's own timing (shared/domain/timescales.md T4). Counted over initial conferences
/// held in the period that followed a Section 47 enquiry known here; on time when held on or before the enquiry's
/// InitialConferenceTargetDate. The DfE publishes only the Section 47-based figure (figures.md §1 caveat): no national figure.
/// </summary>
public sealed class IcpcsWithin15WorkingDaysOfStrategyDiscussion : ITimelinessMeasure
{
    public string Code => "icpcs-within-15-working-days-of-strategy-discussion";
    public string Title => "Initial conferences within 15 working days of the strategy discussion";
    public string Definition =>
        "Initial child protection conferences held in the period that followed a Section 47 enquiry; numerator: held on or before " +
        "the enquiry's ICPC target, 15 working days from the strategy discussion (Working Together 2023, ch. 4; the discussion is day 0).";
    public double? National => null;
    public string? NationalPeriod => null;

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(
            facts.InitialConferences.Where(c => period.Contains(c.HeldOn) && c.Section47StartedOn is not null),
            c => c.TargetDate is { } target && c.HeldOn <= target);
}
