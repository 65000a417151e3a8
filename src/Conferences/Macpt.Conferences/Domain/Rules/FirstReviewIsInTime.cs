using Macpt.Conferences.Domain.Timescales;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// The first review conference is after the initial conference and within the timescale of
/// <see cref="ReviewConferenceDue"/> (3 months, Working Together 2023, ch. 4; timescales.md T6a). The months
/// are set there, in one place.
/// </summary>
public sealed class FirstReviewIsInTime(DateOnly firstReviewOn, DateOnly initialConferenceDate, WorkingDayCalendar calendar)
    : BusinessRule("plan.firstReviewOn")
{
    public override bool IsBroken() =>
        firstReviewOn <= initialConferenceDate || firstReviewOn > ReviewConferenceDue.First(initialConferenceDate, calendar);

    public override string Message =>
        $"The first review conference is after this one and within {ReviewConferenceDue.FirstWithinMonths} months of it.";
}
