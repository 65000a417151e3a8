using Macpt.WorkingDays;

namespace Macpt.Advocacy.Domain.Timescales;

/// <summary>
/// An offer not answered within 2 working days of being made (the offer's day is day 0) is followed up: the
/// parent may not have understood it, or may need it explained in their own language.
/// </summary>
public static class UnansweredOfferDeadline
{
    public const int WorkingDays = 2;

    public static DateOnly For(DateOnly offeredOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(offeredOn, WorkingDays);

    public static bool IsOverdue(DateOnly offeredOn, DateOnly today, WorkingDayCalendar calendar) => For(offeredOn, calendar) < today;

    /// <summary>The latest offer date that is overdue today, so a list can ask the database for offers made on or before it.</summary>
    public static DateOnly LatestOverdueOfferDate(DateOnly today, WorkingDayCalendar calendar)
    {
        var day = today.AddDays(-1);
        // The deadline never moves earlier for a later offer, so the first overdue day going back is the latest.
        while (!IsOverdue(day, today, calendar)) day = day.AddDays(-1);
        return day;
    }
}
