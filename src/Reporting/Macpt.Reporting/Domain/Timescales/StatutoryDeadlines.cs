using Macpt.WorkingDays;

namespace Macpt.Reporting.Domain.Timescales;

/// <summary>
/// The statutory deadlines reporting works out itself when an event from an older publisher does not carry them
/// (shared/domain/timescales.md §1; working days from the calendar, the start as day 0, §3).
/// </summary>
public static class StatutoryDeadlines
{
    /// <summary>T1: a referral is decided within 1 working day of its receipt (Working Together 2023, ch. 4).</summary>
    public static DateOnly ReferralDecision(WorkingDayCalendar calendar, DateOnly receivedOn) => calendar.AddWorkingDays(receivedOn, 1);

    /// <summary>T5: the first core group within 10 working days of the ICPC that started the plan.</summary>
    public static DateOnly FirstCoreGroup(WorkingDayCalendar calendar, DateOnly planStart) => calendar.AddWorkingDays(planStart, 10);

    /// <summary>T6a: the first review conference within 3 months of the ICPC (the plan's start).</summary>
    public static DateOnly FirstReview(WorkingDayCalendar calendar, DateOnly planStart) => calendar.AddCalendarMonths(planStart, 3);

    /// <summary>T6b: later review conferences at intervals of not more than 6 months.</summary>
    public static DateOnly NextReview(WorkingDayCalendar calendar, DateOnly reviewedOn) => calendar.AddCalendarMonths(reviewedOn, 6);
}
