using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Tests;

public sealed class DeadlineMetTests
{
    [Theory]
    [InlineData(null, null, null, "2016-03-10", null)]          // no clock
    [InlineData("2016-03-09", "2016-03-09", "2016-03-09", "2016-03-20", true)]  // discharged on the day
    [InlineData("2016-03-09", "2016-03-10", "2016-03-10", "2016-03-20", false)] // discharged a day late
    [InlineData("2016-03-09", null, null, "2016-03-09", null)]  // open, due today: not missed yet
    [InlineData("2016-03-09", null, null, "2016-03-10", false)] // open and overdue
    [InlineData("2016-03-09", null, "2016-03-08", "2016-03-20", null)]  // fell away in time
    [InlineData("2016-03-09", null, "2016-03-14", "2016-03-20", false)] // fell away after its deadline
    public void Met_follows_the_duty(string? deadline, string? discharged, string? closed, string today, bool? expected) =>
        Assert.Equal(expected, DeadlineMet.Of(Maybe(deadline), Maybe(discharged), Maybe(closed), D(today)));

    private static DateOnly? Maybe(string? iso) => iso is null ? null : D(iso);
}
