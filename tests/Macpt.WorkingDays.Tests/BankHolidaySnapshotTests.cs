using System.Text;

namespace Macpt.WorkingDays.Tests;

/// <summary>The gov.uk format reader: a broken refresh must fail loudly, not yield an empty calendar.</summary>
public sealed class BankHolidaySnapshotTests
{
    [Fact]
    public void Reads_england_and_wales_dates_only()
    {
        const string json = """
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"Good Friday","date":"2026-04-03","notes":"","bunting":false}]},
             "scotland":{"division":"scotland","events":[
              {"title":"2nd January","date":"2026-01-02","notes":"","bunting":true}]}}
            """;

        Assert.Equal([new DateOnly(2026, 4, 3)], BankHolidaySnapshot.Parse(Stream(json)));
    }

    [Theory]
    [InlineData("""{"scotland":{"division":"scotland","events":[{"date":"2026-01-02"}]}}""")]
    [InlineData("""{"england-and-wales":{"division":"england-and-wales","events":[]}}""")]
    [InlineData("""{"england-and-wales":{"division":"england-and-wales"}}""")]
    public void Rejects_a_snapshot_without_england_and_wales_events(string json)
    {
        Assert.Throws<InvalidDataException>(() => BankHolidaySnapshot.Parse(Stream(json)));
    }

    [Fact]
    public void Rejects_a_date_not_in_iso_form()
    {
        const string json = """{"england-and-wales":{"events":[{"date":"03/04/2026"}]}}""";

        Assert.Throws<FormatException>(() => BankHolidaySnapshot.Parse(Stream(json)));
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
