using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>
/// Out of hours the emergency duty team or police hold the discussion and it is recorded on the next working day
/// (timescales.md §3 rule 4, §5): by default within 1 working day of the day held (422 on heldOn otherwise).
/// </summary>
public sealed class OutOfHoursDiscussionIsRecordedByTheNextWorkingDayTests
{
    private static OutOfHoursDiscussionIsRecordedByTheNextWorkingDay Rule(string heldOn, string recordedAt, int within = 1) =>
        new(D(heldOn), Instant(recordedAt), within, Calendar);

    [Theory]
    [InlineData("2026-11-28", "2026-11-30T09:30:00Z")] // Saturday, recorded Monday
    [InlineData("2026-11-29", "2026-11-30T09:30:00Z")] // Sunday, recorded Monday
    [InlineData("2026-11-27", "2026-11-30T09:30:00Z")] // Friday night, recorded Monday
    [InlineData("2026-12-26", "2026-12-29T09:30:00Z")] // Boxing Day (Saturday), recorded Tuesday after the substitute bank holiday
    [InlineData("2026-11-30", "2026-11-30T09:30:00Z")] // recorded the same day
    public void Recorded_on_the_next_working_day_it_holds(string heldOn, string recordedAt) => RuleAssert.Holds(Rule(heldOn, recordedAt));

    [Fact]
    public void Recorded_two_working_days_later_it_is_broken() =>
        RuleAssert.Broken(Rule("2026-11-28", "2026-12-01T09:30:00Z"), "heldOn", RuleKind.Unprocessable);

    [Fact]
    public void The_local_number_of_working_days_is_configurable() =>
        RuleAssert.Holds(Rule("2026-11-28", "2026-12-01T09:30:00Z", within: 2));
}
