using Macpt.WorkingDays;

namespace Macpt.Referrals.Domain.Timescales;

/// <summary>
/// Within one working day of receipt children's social care decides the response to a referral
/// (Working Together 2023, ch. 4; shared/domain/timescales.md T1). Receipt is a London date, day 0.
/// </summary>
public static class DecisionDeadline
{
    public const int WorkingDays = 1;

    public static DateOnly For(DateTimeOffset receivedAt, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(LondonClock.ToLondonDate(receivedAt), WorkingDays);
}
