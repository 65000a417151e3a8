using System.ComponentModel.DataAnnotations;
using Macpt.WorkingDays;

namespace Macpt.Conferences.Domain.Timescales;

/// <summary>
/// After a pre-birth initial conference, the first review conference is due a set number of working days after the
/// birth or within 3 months of the conference (<see cref="ReviewConferenceDue.First"/>), whichever is first. The number
/// is local practice (timescales.md T6c: 10 working days in Tees, 20 in Liverpool), so it is configuration
/// (<c>PreBirth:FirstReviewWorkingDaysAfterBirth</c>, default 10). A child born before the conference is reviewed as
/// any other.
/// </summary>
public sealed class PreBirthFirstReview
{
    public const string Section = "PreBirth";

    [Range(1, 60)]
    public int FirstReviewWorkingDaysAfterBirth { get; set; } = 10;

    public DateOnly Due(DateOnly initialConferenceDate, DateOnly bornOn, WorkingDayCalendar calendar)
    {
        var threeMonths = ReviewConferenceDue.First(initialConferenceDate, calendar);
        if (bornOn < initialConferenceDate) return threeMonths;
        var afterBirth = calendar.AddWorkingDays(bornOn, FirstReviewWorkingDaysAfterBirth);
        return afterBirth < threeMonths ? afterBirth : threeMonths;
    }
}
