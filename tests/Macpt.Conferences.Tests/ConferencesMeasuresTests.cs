using Macpt.Conferences.Application;
using Macpt.Contracts.Conferences;

namespace Macpt.Conferences.Tests;

/// <summary>The conferences measures read off committed events: conferences on time or late, plans by category and length, core groups.</summary>
public sealed class ConferencesMeasuresTests() : MeasuresTest<ConferencesMeasures>(recorded => new ConferencesMeasures(recorded))
{
    [Theory]
    [InlineData("initial", "2026-12-17", "2026-12-17", "on-time")] // on the 15th working day after the discussion
    [InlineData("initial", "2026-12-18", "2026-12-17", "late")]
    [InlineData("review", "2027-03-01", "2027-03-17", "on-time")]
    [InlineData("review", "2027-03-18", "2027-03-17", "late")]
    [InlineData("initial", "2026-12-18", null, "unknown")]
    public void A_conference_is_counted_by_kind_and_timeliness_against_its_target(string kind, string heldOn, string? target, string timeliness)
    {
        Measures.Record(new ConferenceHeld(Guid.NewGuid(), null, "C1", D(heldOn), kind, true, TargetDate: target is null ? null : D(target)));

        Assert.Equal(1, Recorded.Total("macpt.conferences.held", ("kind", kind), ("timeliness", timeliness), ("pre_birth", false), ("plan_required", true)));
    }

    [Fact]
    public void A_plan_start_is_counted_by_category_and_whether_the_first()
    {
        Measures.Record(new ChildProtectionPlanStarted(Guid.NewGuid(), null, "C1", D("2026-12-17"), "NEG"));
        Measures.Record(new ChildProtectionPlanStarted(Guid.NewGuid(), null, "C2", D("2026-12-17"), "EMO", NumberOfPreviousPlans: 2));

        Assert.Equal(1, Recorded.Total("macpt.plans.started", ("category", "NEG"), ("previous_plans", "first")));
        Assert.Equal(1, Recorded.Total("macpt.plans.started", ("category", "EMO"), ("previous_plans", "second-or-subsequent")));
    }

    [Theory]
    [InlineData("2026-01-15", "2026-04-14", "<3m")]
    [InlineData("2026-01-15", "2026-04-15", "3-6m")]
    [InlineData("2026-01-15", "2027-01-14", "6-12m")]
    [InlineData("2026-01-15", "2028-01-15", "2y+")]
    [InlineData(null, "2028-01-15", "unknown")]
    public void A_plan_end_is_counted_by_the_dfe_length_band(string? start, string end, string band)
    {
        Measures.Record(new ChildProtectionPlanEnded(Guid.NewGuid(), null, "C1", D(end), "RC1", start is null ? null : D(start)));

        Assert.Equal(1, Recorded.Total("macpt.plans.ended", ("length", band), ("reason", "RC1")));
    }

    [Fact]
    public void A_core_group_is_on_time_by_its_due_date()
    {
        Measures.Record(new CoreGroupHeld(Guid.NewGuid(), Guid.NewGuid(), null, "C1", D("2026-12-31"), D("2027-01-04"), null, ["police"]));
        Measures.Record(new CoreGroupHeld(Guid.NewGuid(), Guid.NewGuid(), null, "C1", D("2027-01-05"), D("2027-01-04"), null, ["police"]));
        Measures.Record(new CoreGroupHeld(Guid.NewGuid(), Guid.NewGuid(), null, "C1", D("2027-01-05"), null, null, []));

        Assert.Equal(1, Recorded.Total("macpt.core_groups.held", ("timeliness", "on-time")));
        Assert.Equal(1, Recorded.Total("macpt.core_groups.held", ("timeliness", "late")));
        Assert.Equal(1, Recorded.Total("macpt.core_groups.held", ("timeliness", "unknown")));
    }
}
