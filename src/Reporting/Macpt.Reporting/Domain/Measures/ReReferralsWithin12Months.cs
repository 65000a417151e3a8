namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Re-referrals within 12 months of a previous referral, as a share of referrals (DfE children in need statistics;
/// shared/domain/figures.md §1): counted over referrals received in the period; numerator those the referrals service
/// marked as re-referrals. England 2024-25: 22.6%.
/// </summary>
public sealed class ReReferralsWithin12Months : ITimelinessMeasure
{
    public string Code => "re-referrals-within-12-months";
    public string Title => "Re-referrals within 12 months";
    public string Definition => "Referrals received in the period; numerator: those received within 12 months of a previous referral of the same child.";
    public double? National => 22.6;
    public string? NationalPeriod => "2024-25";

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(facts.Referrals.Where(r => period.Contains(r.ReceivedOn)), r => r.IsReReferral);
}
