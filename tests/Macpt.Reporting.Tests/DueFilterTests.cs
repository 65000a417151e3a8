using Macpt.Reporting.Domain;

namespace Macpt.Reporting.Tests;

public sealed class DueFilterTests
{
    [Theory]
    [InlineData("overdue", "2016-03-09", "0001-01-01", "2016-03-08")]
    [InlineData("today", "2016-03-09", "2016-03-09", "2016-03-09")]
    [InlineData("this-week", "2016-03-09", "2016-03-09", "2016-03-13")] // a Wednesday: to Sunday
    [InlineData("this-week", "2016-03-13", "2016-03-13", "2016-03-13")] // on a Sunday, the week ends today
    [InlineData("this-week", "2016-03-14", "2016-03-14", "2016-03-20")] // a Monday: the whole week
    public void Each_filter_is_a_range_of_due_dates(string due, string today, string from, string to) =>
        Assert.Equal(new DueFilter(D(from), D(to)), DueFilter.For(due, D(today)));

    [Fact]
    public void No_filter_is_every_open_item() => Assert.True(DueFilter.For(null, D("2016-03-09")).IsNone);
}
