using Macpt.Reporting.Apis;

namespace Macpt.Reporting.Tests;

public sealed class TimelinessCsvTests
{
    [Fact]
    public void The_csv_has_the_header_then_one_row_per_measure_with_rfc_4180_quoting()
    {
        var view = new TimelinessView(D("2016-04-01"), D("2017-03-31"),
        [
            new MeasureView("a", "Plain title", 40, 50, 80.0, 81.4, "2024-25", "d"),
            new MeasureView("b", "With, a comma and \"quotes\"", 0, 0, null, null, null, "d"),
        ]);

        Assert.Equal(
            "code,title,numerator,denominator,percent,national,nationalPeriod\r\n" +
            "a,Plain title,40,50,80.0,81.4,2024-25\r\n" +
            "b,\"With, a comma and \"\"quotes\"\"\",0,0,,,\r\n",
            TimelinessCsv.Write(view));
    }
}
