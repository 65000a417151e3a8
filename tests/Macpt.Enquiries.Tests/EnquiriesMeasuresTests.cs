using Macpt.Contracts.Enquiries;
using Macpt.Enquiries.Application;

namespace Macpt.Enquiries.Tests;

/// <summary>The enquiries measures read off committed events: discussions held, Section 47s started and completed, agency checks.</summary>
public sealed class EnquiriesMeasuresTests() : MeasuresTest<EnquiriesMeasures>(recorded => new EnquiriesMeasures(recorded))
{
    [Theory]
    [InlineData("2026-11-26", "2026-11-26", "on-time")]
    [InlineData("2026-11-27", "2026-11-26", "late")]
    [InlineData("2026-11-27", null, "unknown")] // an event from before the due date was published
    public void A_strategy_discussion_is_counted_by_threshold_and_timeliness(string heldOn, string? dueBy, string timeliness)
    {
        Measures.Record(new StrategyDiscussionHeld(Guid.NewGuid(), Guid.NewGuid(), "C1", D(heldOn), true, DueBy: dueBy is null ? null : D(dueBy)));

        Assert.Equal(1, Recorded.Total("macpt.strategy_discussions.held", ("threshold", "met"), ("timeliness", timeliness), ("out_of_hours", false)));
    }

    [Fact]
    public void Section_47_enquiries_are_counted_started_and_completed_by_outcome()
    {
        Measures.Record(new Section47EnquiryStarted(Guid.NewGuid(), null, "C1", D("2026-11-26"), D("2026-12-17")));
        Measures.Record(new Section47EnquiryCompleted(Guid.NewGuid(), null, "C1", D("2026-12-01"), Section47Outcomes.ConferenceRequired, true));
        Measures.Record(new Section47EnquiryCompleted(Guid.NewGuid(), null, "C2", D("2026-12-01"), Section47Outcomes.NotSubstantiated, false));

        Assert.Equal(1, Recorded.Total("macpt.section47.started"));
        Assert.Equal(1, Recorded.Total("macpt.section47.completed", ("outcome", "conference-required")));
        Assert.Equal(1, Recorded.Total("macpt.section47.completed", ("outcome", "not-substantiated")));
    }

    [Fact]
    public void Agency_checks_are_counted_by_agency_and_answered_on_time_or_late()
    {
        Measures.Record(new AgencyCheckRequested(Guid.NewGuid(), Guid.NewGuid(), null, "C1", "police", D("2026-11-26"), D("2026-12-01")));
        Measures.Record(new AgencyCheckAnswered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", "police", Instant("2026-11-30T10:00:00Z"), false));
        Measures.Record(new AgencyCheckAnswered(Guid.NewGuid(), Guid.NewGuid(), null, "C1", "health", Instant("2026-12-03T10:00:00Z"), true));

        Assert.Equal(1, Recorded.Total("macpt.agency_checks.requested", ("agency", "police")));
        Assert.Equal(1, Recorded.Total("macpt.agency_checks.answered", ("agency", "police"), ("timeliness", "on-time")));
        Assert.Equal(1, Recorded.Total("macpt.agency_checks.answered", ("agency", "health"), ("timeliness", "late")));
    }
}
