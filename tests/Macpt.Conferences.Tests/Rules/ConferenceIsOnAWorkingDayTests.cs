using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Rules;
using static Macpt.Conferences.Tests.Conferences;

namespace Macpt.Conferences.Tests.Rules;

/// <summary>A conference is on a working day: not a weekend (census error 8875) or an England-and-Wales bank holiday.</summary>
public sealed class ConferenceIsOnAWorkingDayTests
{
    [Theory]
    [InlineData("2026-11-30")] // Monday
    [InlineData("2026-12-24")] // Christmas Eve is a working day
    [InlineData("2027-01-04")]
    public void A_working_day_is_accepted(string date) => RuleAssert.Holds(new ConferenceIsOnAWorkingDay(D(date), Calendar));

    [Theory]
    [InlineData("2026-11-28")] // Saturday
    [InlineData("2026-11-29")] // Sunday
    [InlineData("2026-12-25")] // Christmas Day
    [InlineData("2026-12-28")] // Boxing Day, substitute Monday
    [InlineData("2027-01-01")] // New Year's Day
    [InlineData("2026-04-03")] // Good Friday
    public void A_weekend_or_bank_holiday_is_refused(string date) =>
        RuleAssert.Broken(new ConferenceIsOnAWorkingDay(D(date), Calendar), "date", RuleKind.Unprocessable);

    [Fact]
    public void The_first_review_date_is_judged_under_its_own_field() =>
        RuleAssert.Broken(new ConferenceIsOnAWorkingDay(D("2027-02-27"), Calendar, "plan.firstReviewOn"), "plan.firstReviewOn");
}
