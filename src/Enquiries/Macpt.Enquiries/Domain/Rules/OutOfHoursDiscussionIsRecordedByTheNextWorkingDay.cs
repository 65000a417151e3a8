using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion held out of hours by the emergency duty team or the police (at night or at a weekend) is
/// recorded on the next working day, dated the day it was held (shared/domain/timescales.md §3 rule 4 and §5
/// "Out-of-hours"). It may so be dated before it was asked for or scheduled here, but not more than the local number of
/// working days (<see cref="StrategyDiscussionTargets.OutOfHoursRecordedWithinWorkingDays"/>, default 1) before the
/// day it is recorded: an older date is a data error, not an out-of-hours discussion.
/// </summary>
public sealed class OutOfHoursDiscussionIsRecordedByTheNextWorkingDay(DateOnly heldOn, DateTimeOffset recordedAt, int withinWorkingDays,
    WorkingDayCalendar calendar) : BusinessRule("heldOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => calendar.WorkingDaysBetween(heldOn, LondonClock.ToLondonDate(recordedAt)) > withinWorkingDays;

    public override string Message =>
        $"An out-of-hours discussion is recorded within {withinWorkingDays} working day(s) of the day it was held; this one is dated earlier.";
}
