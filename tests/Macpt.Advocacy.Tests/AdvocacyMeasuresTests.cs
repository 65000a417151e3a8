using Macpt.Advocacy.Application;
using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Tests;

/// <summary>The advocacy measures read off committed events: offers by stage, their take-up, allocations.</summary>
public sealed class AdvocacyMeasuresTests() : MeasuresTest<AdvocacyMeasures>(recorded => new AdvocacyMeasures(recorded))
{
    [Fact]
    public void Offers_and_their_take_up_are_counted_by_stage_and_answer()
    {
        Measures.Record(new AdvocacyOffered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", AdvocacyStages.Section47, Instant("2026-11-26T10:00:00Z")));
        Measures.Record(new AdvocacyOffered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", AdvocacyStages.Section47, Instant("2026-11-26T10:00:00Z")));
        Measures.Record(new AdvocacyOfferAnswered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", AdvocacyStages.Section47, AdvocacyOfferAnswers.Accepted, D("2026-11-27")));
        Measures.Record(new AdvocacyOfferAnswered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", AdvocacyStages.Section47, AdvocacyOfferAnswers.Lapsed, D("2026-12-10")));
        Measures.Record(new AdvocateAllocated(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, "C1", Instant("2026-11-28T10:00:00Z")));

        Assert.Equal(2, Recorded.Total("macpt.advocacy.offers", ("stage", "section-47")));
        Assert.Equal(1, Recorded.Total("macpt.advocacy.offers.answered", ("stage", "section-47"), ("answer", "accepted")));
        Assert.Equal(1, Recorded.Total("macpt.advocacy.offers.answered", ("answer", "lapsed")));
        Assert.Equal(1, Recorded.Total("macpt.advocacy.allocations"));
    }

    [Fact]
    public void An_event_with_no_measure_records_nothing()
    {
        Measures.Record(new Macpt.Contracts.Referrals.ReferralDecided(Guid.NewGuid(), "C1", "no-further-action", Instant("2026-11-26T10:00:00Z"), "lcpp-1", Instant("2026-11-26T09:00:00Z")));

        Assert.Equal(0, Recorded.Count);
    }
}
