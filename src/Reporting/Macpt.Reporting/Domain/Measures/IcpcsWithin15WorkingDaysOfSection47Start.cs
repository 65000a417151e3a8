using Macpt.WorkingDays;

namespace Macpt.Reporting.Domain.Measures;

/// <summary>
/// The DfE's own ICPC measure (children in need statistics, table C4; shared/domain/figures.md §1): initial conferences
/// held within 15 working days of the start of the Section 47 enquiry (S47ActualStartDate; the start is day 0, England
/// and Wales working days). Same denominator as <see cref="IcpcsWithin15WorkingDaysOfStrategyDiscussion"/>. England
/// 2024-25: 81.4% (58,670 of 72,090, from the published bands).
/// </summary>
public sealed class IcpcsWithin15WorkingDaysOfSection47Start(WorkingDayCalendar calendar) : ITimelinessMeasure
{
    public const int WorkingDays = 15;

    public string Code => "icpcs-within-15-working-days-of-section-47-start";
    public string Title => "Initial conferences within 15 working days of the Section 47 start (DfE C4)";
    public string Definition =>
        "Initial child protection conferences held in the period that followed a Section 47 enquiry; numerator: at most 15 working days " +
        "from the enquiry's start date to the conference (the start is day 0), as the DfE's children in need statistics (C4) count it.";
    public double? National => 81.4;
    public string? NationalPeriod => "2024-25";

    public MeasureCount Count(TimelinessFacts facts, ReportingPeriod period, DateOnly today) =>
        MeasureCount.Of(
            facts.InitialConferences.Where(c => period.Contains(c.HeldOn) && c.Section47StartedOn is not null),
            c => calendar.WorkingDaysBetween(c.Section47StartedOn!.Value, c.HeldOn) <= WorkingDays);
}
