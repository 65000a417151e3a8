using Macpt.Conferences.Domain.Timescales;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The core group first meets after the initial conference and within the timescale of
/// <see cref="FirstCoreGroupDeadline"/> (10 working days, Working Together 2023, ch. 4; timescales.md T5).
/// </summary>
public sealed class FirstCoreGroupMeetsInTime(DateOnly firstCoreGroupOn, DateOnly initialConferenceDate, WorkingDayCalendar calendar)
    : BusinessRule("plan.firstCoreGroupOn")
{
    public override bool IsBroken() =>
        firstCoreGroupOn <= initialConferenceDate || firstCoreGroupOn > FirstCoreGroupDeadline.After(initialConferenceDate, calendar);

    public override string Message =>
        $"The first core group meets after the conference and within {FirstCoreGroupDeadline.WorkingDays} working days of it.";
}
