using Macpt.WorkingDays;

namespace Macpt.Reporting.Domain.Measures;

/// <summary>The measures the timeliness report gives, in its order (REPORTING-API.md §2).</summary>
public sealed class TimelinessMeasures(WorkingDayCalendar calendar)
{
    public IReadOnlyList<ITimelinessMeasure> All { get; } =
    [
        new ReferralsDecidedWithinOneWorkingDay(),
        new IcpcsWithin15WorkingDaysOfStrategyDiscussion(),
        new IcpcsWithin15WorkingDaysOfSection47Start(calendar),
        new ReviewsOnTime(),
        new ReReferralsWithin12Months(),
        new PlansEndedLasting2YearsOrMore(),
        new SecondOrSubsequentPlans(),
    ];
}
