using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// When a referral is decided for immediate protection the strategy discussion is due at once, on the
/// London date of the decision; for a strategy discussion it is due after the council's local target
/// in working days (<see cref="StrategyDiscussionTargets.StandardWorkingDays"/>, 1 unless configured).
/// </summary>
public sealed class StrategyDiscussionDueTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    private static StrategyDiscussionTargets Target(int workingDays) => new() { StandardWorkingDays = workingDays };

    [Fact]
    public void The_default_local_target_is_one_working_day() =>
        Assert.Equal(1, new StrategyDiscussionTargets().StandardWorkingDays);

    [Fact]
    public void The_urgency_codes_are_the_api_codes()
    {
        Assert.Equal("immediate", Macpt.Enquiries.Domain.StrategyDiscussionUrgency.Immediate);
        Assert.Equal("standard", Macpt.Enquiries.Domain.StrategyDiscussionUrgency.Standard);
    }

    // immediate protection

    [Fact]
    public void Immediate_protection_is_due_the_day_it_is_decided()
    {
        var (urgency, dueBy) = StrategyDiscussionDue.For("immediate-protection", Instant("2026-11-27T15:00:00Z"), new(), Calendar);

        Assert.Equal("immediate", urgency);
        Assert.Equal(D("2026-11-27"), dueBy);
    }

    [Fact]
    public void Immediate_protection_decided_at_2330_utc_on_30_june_is_due_1_july_in_london()
    {
        // 23:30 UTC is 00:30 BST on Wednesday 1 July.
        var (urgency, dueBy) = StrategyDiscussionDue.For("immediate-protection", Instant("2026-06-30T23:30:00Z"), new(), Calendar);

        Assert.Equal("immediate", urgency);
        Assert.Equal(D("2026-07-01"), dueBy);
    }

    [Fact]
    public void Immediate_protection_at_2330_utc_in_winter_is_the_same_day()
    {
        // GMT: 23:30 UTC on Monday 30 November is still 30 November in London.
        var (_, dueBy) = StrategyDiscussionDue.For("immediate-protection", Instant("2026-11-30T23:30:00Z"), new(), Calendar);

        Assert.Equal(D("2026-11-30"), dueBy);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Immediate_protection_ignores_the_local_target(int workingDays)
    {
        var (urgency, dueBy) = StrategyDiscussionDue.For("immediate-protection", Instant("2026-11-28T10:00:00Z"), Target(workingDays), Calendar);

        Assert.Equal("immediate", urgency);
        Assert.Equal(D("2026-11-28"), dueBy); // a Saturday: emergencies do not wait for Monday
    }

    // strategy discussion

    [Fact]
    public void A_strategy_discussion_decided_on_friday_27_november_2026_is_due_monday_30_november()
    {
        var (urgency, dueBy) = StrategyDiscussionDue.For("strategy-discussion", Instant("2026-11-27T10:00:00Z"), new(), Calendar);

        Assert.Equal("standard", urgency);
        Assert.Equal(D("2026-11-30"), dueBy);
    }

    [Theory]
    [InlineData(0, "2026-11-27")] // the same day
    [InlineData(1, "2026-11-30")] // Monday
    [InlineData(3, "2026-12-02")] // Wednesday
    public void A_strategy_discussion_is_due_after_the_local_target_in_working_days(int workingDays, string expected)
    {
        var (urgency, dueBy) = StrategyDiscussionDue.For("strategy-discussion", Instant("2026-11-27T10:00:00Z"), Target(workingDays), Calendar);

        Assert.Equal("standard", urgency);
        Assert.Equal(D(expected), dueBy);
    }

    [Fact]
    public void The_local_target_skips_bank_holidays()
    {
        // Thursday 24 December 2026: Christmas Fri 25, Boxing Day substitute Mon 28.
        var (_, dueBy) = StrategyDiscussionDue.For("strategy-discussion", Instant("2026-12-24T10:00:00Z"), new(), Calendar);

        Assert.Equal(D("2026-12-29"), dueBy);
    }

    [Fact]
    public void The_local_target_counts_from_the_london_date()
    {
        // 00:30 BST on Wednesday 1 July is day 0, so one working day is Thursday 2 July.
        var (_, dueBy) = StrategyDiscussionDue.For("strategy-discussion", Instant("2026-06-30T23:30:00Z"), new(), Calendar);

        Assert.Equal(D("2026-07-02"), dueBy);
    }
}
