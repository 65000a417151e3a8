using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// The review conference timescale, in one place: the first review conference is within 3 months of the
/// initial conference, later ones at intervals of not more than 6 months (Working Together 2023, ch. 4;
/// timescales.md T6a, T6b). Calendar months, the day kept and clamped at a month's end (30 Nov + 3 months =
/// 28 or 29 Feb); weekends and holidays are not moved, as the guidance counts months, not working days.
/// Change the timescale here: the plan's due dates, the review conferences' targets and the rule
/// <see cref="Rules.FirstReviewIsInTime"/> all read it.
/// </summary>
public static class ReviewConferenceDue
{
    public const int FirstWithinMonths = 3;
    public const int ThenWithinMonths = 6;

    public static DateOnly First(DateOnly initialConferenceDate, WorkingDayCalendar calendar) =>
        calendar.AddCalendarMonths(initialConferenceDate, FirstWithinMonths);

    public static DateOnly Next(DateOnly previousReviewDate, WorkingDayCalendar calendar) =>
        calendar.AddCalendarMonths(previousReviewDate, ThenWithinMonths);
}
