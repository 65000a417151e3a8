namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// Children starting a plan who had a previous plan in this authority, however long ago (old NI 65, table D3;
/// shared/domain/figures.md §1): counted over plans started in the period; numerator those with NumberOfPreviousCPP
/// above 0 or an earlier plan of the child known here. No verified national figure for 2024-25 (16.6% in 2015 is historic only).
/// </summary>
public sealed class SecondOrSubsequentPlans : ITimelinessMeasure
{
    public string Code => "second-or-subsequent-plans";
    public string Title => "Second or subsequent child protection plans";
    public string Definition =>
        "Child protection plans started in the period; numerator: the child had an earlier plan in this authority, however long ago " +
        "(old NI 65, table D3). No verified national figure for 2024-25; the last found, 16.6% in 2015, is historic only.";
    public double? National => null;
    public string? NationalPeriod => null;

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(facts.Plans.Where(p => period.Contains(p.StartDate)), p => p.PreviousPlans > 0 || p.EarlierPlanKnown);
}
