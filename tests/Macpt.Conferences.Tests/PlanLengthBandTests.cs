using Macpt.Conferences.Domain.Timescales;

namespace Macpt.Conferences.Tests;

/// <summary>The DfE's bands for the length of an ended plan (table D7): each lower bound belongs to its band.</summary>
public sealed class PlanLengthBandTests
{
    [Theory]
    [InlineData("2026-01-15", "2026-01-15", "<3m")]
    [InlineData("2026-01-15", "2026-04-14", "<3m")]
    [InlineData("2026-01-15", "2026-04-15", "3-6m")]
    [InlineData("2026-01-15", "2026-07-14", "3-6m")]
    [InlineData("2026-01-15", "2026-07-15", "6-12m")]
    [InlineData("2026-01-15", "2027-01-14", "6-12m")]
    [InlineData("2026-01-15", "2027-01-15", "1-2y")]
    [InlineData("2026-01-15", "2028-01-14", "1-2y")]
    [InlineData("2026-01-15", "2028-01-15", "2y+")]
    [InlineData("2025-11-30", "2026-02-27", "<3m")] // 3 months after 30 November is 28 February
    [InlineData("2025-11-30", "2026-02-28", "3-6m")]
    public void A_plan_falls_in_the_band_of_its_calendar_length(string start, string end, string band) =>
        Assert.Equal(band, PlanLengthBand.Of(D(start), D(end)));
}
