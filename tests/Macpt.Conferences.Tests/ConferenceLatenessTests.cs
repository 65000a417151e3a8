using Macpt.Conferences.Domain.Rules;

namespace Macpt.Conferences.Tests;

/// <summary>A date after the target is allowed but counted late, and needs a recorded reason.</summary>
public sealed class ConferenceLatenessTests
{
    [Theory]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-30")] // on the target day: on time
    public void On_or_before_the_target_is_on_time_and_needs_no_reason(string date)
    {
        Assert.False(ConferenceLateness.IsLate(D(date), D("2026-11-30")));
        Assert.False(ConferenceLateness.IsBroken(D(date), D("2026-11-30"), null));
    }

    [Fact]
    public void A_day_after_the_target_is_late()
    {
        Assert.True(ConferenceLateness.IsLate(D("2026-12-01"), D("2026-11-30")));
        Assert.True(ConferenceLateness.IsBroken(D("2026-12-01"), D("2026-11-30"), null));
        Assert.True(ConferenceLateness.IsBroken(D("2026-12-01"), D("2026-11-30"), "   "));
        Assert.False(ConferenceLateness.IsBroken(D("2026-12-01"), D("2026-11-30"), "Police officer in court."));
    }
}
