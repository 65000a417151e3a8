using Macpt.Advocacy.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Advocacy.Tests;

/// <summary>An offer unanswered 2 working days after it was made (its day is day 0) is followed up; bank holidays do not count.</summary>
public sealed class UnansweredOfferDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    [Theory]
    [InlineData("2026-03-02", "2026-03-04")] // Monday → Wednesday
    [InlineData("2026-03-05", "2026-03-09")] // Thursday → Monday
    [InlineData("2026-03-07", "2026-03-10")] // a Saturday offer → Tuesday
    [InlineData("2025-12-23", "2025-12-29")] // across Christmas and Boxing Day
    [InlineData("2026-04-02", "2026-04-08")] // across Good Friday and Easter Monday
    public void The_deadline_is_two_working_days_on(string offeredOn, string deadline) =>
        Assert.Equal(D(deadline), UnansweredOfferDeadline.For(D(offeredOn), Calendar));

    [Theory]
    [InlineData("2026-03-02", "2026-03-04", false)] // on the deadline: not yet
    [InlineData("2026-03-02", "2026-03-05", true)]
    [InlineData("2026-03-05", "2026-03-07", false)] // the weekend does not count
    [InlineData("2026-03-05", "2026-03-10", true)]
    public void Overdue_only_after_the_deadline(string offeredOn, string today, bool overdue) =>
        Assert.Equal(overdue, UnansweredOfferDeadline.IsOverdue(D(offeredOn), D(today), Calendar));

    [Theory]
    [InlineData("2026-03-05", "2026-03-02")] // Thursday: Monday's offers are overdue, Tuesday's are not
    [InlineData("2026-03-09", "2026-03-04")] // Monday: up to Wednesday's offers
    [InlineData("2026-03-10", "2026-03-05")] // Tuesday: Thursday's; Friday's are due today
    [InlineData("2025-12-30", "2025-12-23")] // after Christmas
    public void The_latest_overdue_offer_date_bounds_the_list(string today, string latest)
    {
        Assert.Equal(D(latest), UnansweredOfferDeadline.LatestOverdueOfferDate(D(today), Calendar));
        Assert.True(UnansweredOfferDeadline.IsOverdue(D(latest), D(today), Calendar));
        Assert.False(UnansweredOfferDeadline.IsOverdue(D(latest).AddDays(1), D(today), Calendar));
    }
}
