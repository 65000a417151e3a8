using Macpt.Referrals.Domain.Timescales;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A referral is decided within one working day of receipt (Working Together 2023, ch. 4):
/// the London date of receipt is day 0, the deadline the next working day in England.
/// </summary>
public sealed class DecisionDeadlineTests
{
    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "2026-11-26")] // Wednesday → Thursday
    [InlineData("2026-11-27T10:00:00Z", "2026-11-30")] // Friday → Monday
    [InlineData("2026-11-28T10:00:00Z", "2026-11-30")] // Saturday → Monday
    [InlineData("2026-11-29T10:00:00Z", "2026-11-30")] // Sunday → Monday
    public void The_deadline_is_the_next_working_day(string receivedAt, string dueBy) =>
        Assert.Equal(D(dueBy), DecisionDeadline.For(Instant(receivedAt), Calendar));

    [Theory]
    [InlineData("2026-12-24T10:00:00Z", "2026-12-29")] // Christmas Fri 25, Boxing Day substitute Mon 28
    [InlineData("2026-04-02T10:00:00Z", "2026-04-07")] // Good Friday 3 Apr, Easter Monday 6 Apr
    [InlineData("2026-12-31T10:00:00Z", "2027-01-04")] // New Year's Day Fri 1 Jan
    public void Bank_holidays_in_england_are_not_working_days(string receivedAt, string dueBy) =>
        Assert.Equal(D(dueBy), DecisionDeadline.For(Instant(receivedAt), Calendar));

    [Theory]
    [InlineData("2026-06-30T22:59:00Z", "2026-07-01")] // 23:59 BST on Tue 30 June
    [InlineData("2026-06-30T23:30:00Z", "2026-07-02")] // 00:30 BST on Wed 1 July: day 0 is 1 July
    [InlineData("2026-07-01T00:30:00+01:00", "2026-07-02")] // the same instant sent with its offset
    [InlineData("2026-01-30T23:30:00Z", "2026-02-02")] // GMT: still Friday 30 January, so Monday
    public void Day_zero_is_the_date_in_london_not_in_utc(string receivedAt, string dueBy) =>
        Assert.Equal(D(dueBy), DecisionDeadline.For(Instant(receivedAt), Calendar));
}
