using Macpt.Reporting.Apis;
using Macpt.Reporting.Apis.Validation;

namespace Macpt.Reporting.Tests;

public sealed class TimelinessQueryValidationTests
{
    [Theory]
    [InlineData(null, "2017-03-31", "from")]
    [InlineData("2016-04-01", null, "to")]
    [InlineData("01/04/2016", "2017-03-31", "from")]
    [InlineData("2016-04-01", "2016-02-30", "to")]
    [InlineData("2017-04-01", "2016-03-31", "to")]       // from after to
    [InlineData("2010-01-01", "2015-01-02", "to")]       // over 5 years
    public void A_missing_or_bad_period_is_refused(string? from, string? to, string field)
    {
        RuleAssert.Refused(TimelinessQueryValidation.Check(new TimelinessQuery(from, to), out var period), field);
        Assert.Null(period);
    }

    [Fact]
    public void Five_years_exactly_is_a_period() =>
        RuleAssert.Accepted(TimelinessQueryValidation.Check(new TimelinessQuery("2010-01-01", "2015-01-01"), out _));
}
