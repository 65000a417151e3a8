using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// When a child on another authority's plan moves here permanently, this authority holds a transfer-in conference
/// within 15 working days of being notified (Working Together 2018 ch. 1, carried into Working Together 2023 by local
/// procedures; timescales.md §5 "Transfer-in conference"); the notification day is day 0.
/// </summary>
public static class TransferInConferenceDue
{
    public const int WorkingDays = 15;

    public static DateOnly After(DateOnly notifiedOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(notifiedOn, WorkingDays);
}
