using Macpt.Conferences.Domain.Timescales;

namespace Macpt.Conferences.Tests.Timescales;

/// <summary>After the first meeting the core group meets at a locally set interval: 6 weeks unless configured.</summary>
public sealed class CoreGroupCadenceTests
{
    [Fact]
    public void By_default_the_next_meeting_is_due_six_weeks_on() =>
        Assert.Equal(D("2027-01-21"), new CoreGroupCadence().NextAfter(D("2026-12-10")));

    [Fact]
    public void A_council_may_set_another_interval() =>
        Assert.Equal(D("2026-12-31"), new CoreGroupCadence { IntervalWeeks = 3 }.NextAfter(D("2026-12-10")));
}
