namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Referrals decided within 1 working day of receipt (Working Together 2023, ch. 4; shared/domain/timescales.md T1).
/// Counted over referrals received in the period whose decision is in, or was due before today (one still in time is
/// not judged yet); on time when decided (London date) on or before its DecisionDueBy. No national figure is published.
/// </summary>
public sealed class ReferralsDecidedWithinOneWorkingDay : ITimelinessMeasure
{
    public string Code => "referrals-decided-within-1-working-day";
    public string Title => "Referrals decided within 1 working day";
    public string Definition =>
        "Referrals received in the period (London date of receipt) that are decided, or whose decision was due before today; " +
        "numerator: decided on or before the decision due date (1 working day after receipt; Working Together 2023, ch. 4).";
    public double? National => null;
    public string? NationalPeriod => null;

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(
            facts.Referrals.Where(r => period.Contains(r.ReceivedOn) && (r.DecidedOn is not null || r.DecisionDueBy < today)),
            r => r.DecidedOn is { } decided && r.DecisionDueBy is { } due && decided <= due);
}
