using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// The initial child protection conference is held within 15 working days of the strategy discussion
/// that started the Section 47 enquiry (Working Together 2023, ch. 4). The discussion's date is day 0;
/// weekends and England-and-Wales bank holidays are not working days.
/// </summary>
public sealed class InitialConferenceTargetTests
{
    // The embedded gov.uk snapshot; immutable, so shared.
    private static readonly WorkingDayCalendar Calendar = new();

    [Fact]
    public void The_target_is_fifteen_working_days() => Assert.Equal(15, InitialConferenceTarget.WorkingDays);

    [Fact]
    public void A_monday_discussion_with_no_holidays_is_due_the_monday_three_weeks_later()
    {
        var discussion = D("2026-11-09"); // Monday
        Assert.Equal(DayOfWeek.Monday, discussion.DayOfWeek);

        var target = InitialConferenceTarget.After(discussion, Calendar);

        Assert.Equal(D("2026-11-30"), target);
        Assert.Equal(DayOfWeek.Monday, target.DayOfWeek);
        Assert.Equal(21, target.DayNumber - discussion.DayNumber);
    }

    [Fact]
    public void Across_christmas_a_friday_19_december_2025_discussion_is_due_wednesday_14_january_2026()
    {
        // Christmas Day, Boxing Day and New Year's Day are not counted.
        var target = InitialConferenceTarget.After(D("2025-12-19"), Calendar);

        Assert.Equal(D("2026-01-14"), target);
        Assert.Equal(DayOfWeek.Wednesday, target.DayOfWeek);
    }

    [Fact]
    public void Across_easter_2026_good_friday_and_easter_monday_are_not_counted()
    {
        var discussion = D("2026-04-01"); // Wednesday
        Assert.True(Calendar.IsBankHoliday(D("2026-04-03")), "Good Friday");
        Assert.True(Calendar.IsBankHoliday(D("2026-04-06")), "Easter Monday");

        // Counted by hand: Thu 2 (1); Fri 3 and Mon 6 are holidays; 7–10 (5); 13–17 (10); 20–24 (15).
        var byHand = new List<DateOnly>();
        for (var day = discussion.AddDays(1); byHand.Count < 15; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && day != D("2026-04-03") && day != D("2026-04-06"))
                byHand.Add(day);
        }

        var target = InitialConferenceTarget.After(discussion, Calendar);

        Assert.Equal(D("2026-04-24"), byHand[^1]);
        Assert.Equal(byHand[^1], target);
        Assert.Equal(DayOfWeek.Friday, target.DayOfWeek);
        Assert.Equal(15, Calendar.WorkingDaysBetween(discussion, target));
    }

    [Fact]
    public void A_saturday_discussion_counts_from_the_saturday()
    {
        // Out of hours: Saturday is day 0, Monday day 1, so the target is Friday 27 November —
        // not Monday 30 November, as it would be if the clock waited for Monday.
        var discussion = D("2026-11-07");
        Assert.Equal(DayOfWeek.Saturday, discussion.DayOfWeek);

        var target = InitialConferenceTarget.After(discussion, Calendar);

        Assert.Equal(D("2026-11-27"), target);
        Assert.Equal(15, Calendar.WorkingDaysBetween(discussion, target));
    }

    [Fact]
    public void A_bank_holiday_discussion_counts_from_the_holiday()
    {
        // Easter Monday 6 April 2026 is day 0; Tue 7 is day 1.
        Assert.Equal(D("2026-04-27"), InitialConferenceTarget.After(D("2026-04-06"), Calendar));
    }
}
