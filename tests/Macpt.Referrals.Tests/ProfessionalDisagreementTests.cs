using Macpt.Referrals.Domain.Escalations;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A disagreement starts at the policy's first stage, each stage due in its working days, answered once; it escalates
/// one stage at a time to the last; resolved, it takes no change (timescales.md §5, seed 004).
/// </summary>
public sealed class ProfessionalDisagreementTests
{
    private static readonly WorkingDayCalendar Calendar = new();
    private static readonly EscalationPolicy Policy = new();
    // Thursday 17 December 2026, 10:00 in London: the first stage (3 working days) is due Tuesday 22 December.
    private static readonly DateTimeOffset Raised = DateTimeOffset.Parse("2026-12-17T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static ProfessionalDisagreement Raise() => ProfessionalDisagreement.Raise(Guid.NewGuid(), "CH1", "referral-decision", Guid.NewGuid(), "local-authority",
        "We think this needed a strategy discussion.", "police-0001", "police", Raised, Policy, Calendar);

    [Fact]
    public void Raised_at_the_first_stage_due_in_its_working_days()
    {
        var d = Raise();
        Assert.Equal("open", d.Status);
        Assert.Equal("practitioners", d.CurrentStage);
        Assert.Equal(new DateOnly(2026, 12, 22), d.CurrentDueOn);
        Assert.Equal(1, Assert.Single(d.Steps).Number);
        Assert.False(d.IsOverdue(new DateOnly(2026, 12, 22)));
        Assert.True(d.IsOverdue(new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void Escalating_starts_the_next_stage_due_in_its_own_working_days_across_christmas()
    {
        var d = Raise();
        // Wednesday 23 December: managers have 5 working days, skipping Christmas Day, Boxing Day (substitute Monday 28th) and New Year's Day.
        d.Escalate("No response.", "police-0001", "police", Raised.AddDays(6), Policy, Calendar);
        Assert.Equal("managers", d.CurrentStage);
        Assert.Equal(new DateOnly(2026, 12, 23), d.Current.StartedOn);
        Assert.Equal(new DateOnly(2027, 1, 4), d.CurrentDueOn); // 24, 29, 30, 31 December and 4 January (New Year's Day a holiday)
        Assert.Equal(2, d.Steps.Count);
        Assert.Equal("No response.", d.Current.Reason);
    }

    [Fact]
    public void A_stage_is_answered_once()
    {
        var d = Raise();
        d.Respond("The decision stands: Family Help is working with the family.", "lcpp-0001", "local-authority", Raised.AddHours(4));
        Assert.Equal("lcpp-0001", d.Current.RespondedBy);
        var broken = Assert.Throws<RuleBrokenException>(() => d.Respond("Again.", "lcpp-0001", "local-authority", Raised.AddHours(5)));
        Assert.Equal(nameof(EscalationStageIsAnsweredOnce), broken.RuleName);
        Assert.Equal(RuleKind.Conflict, broken.Kind);
    }

    [Fact]
    public void The_last_stage_cannot_be_escalated()
    {
        var d = Raise();
        for (var i = 1; i < Policy.InForce.Count; i++) d.Escalate("Not settled.", "police-0001", "police", Raised.AddDays(i), Policy, Calendar);
        Assert.Equal("safeguarding-partnership", d.CurrentStage);
        var broken = Assert.Throws<RuleBrokenException>(() => d.Escalate("Further.", "police-0001", "police", Raised.AddDays(9), Policy, Calendar));
        Assert.Equal(nameof(EscalationHasANextStage), broken.RuleName);
        Assert.Equal("stage", broken.Field);
    }

    [Fact]
    public void A_resolved_disagreement_takes_no_change()
    {
        var d = Raise();
        d.Resolve("agreed", "Explained at a meeting.", "lcpp-0001", Raised.AddDays(1));
        Assert.Equal("resolved", d.Status);
        Assert.False(d.IsOverdue(new DateOnly(2027, 3, 1)));
        Assert.Equal(nameof(DisagreementIsOpen), Assert.Throws<RuleBrokenException>(() => d.Respond("x", "a", "police", Raised.AddDays(2))).RuleName);
        Assert.Equal(nameof(DisagreementIsOpen), Assert.Throws<RuleBrokenException>(() => d.Escalate("x", "a", "police", Raised.AddDays(2), Policy, Calendar)).RuleName);
        Assert.Equal(nameof(DisagreementIsOpen), Assert.Throws<RuleBrokenException>(() => d.Resolve("withdrawn", "x", "a", Raised.AddDays(2))).RuleName);
    }

    [Fact]
    public void A_configured_policy_replaces_the_default_stages()
    {
        var local = new EscalationPolicy { Stages = [new() { Code = "team", WorkingDays = 2 }, new() { Code = "head-of-service", WorkingDays = 10 }] };
        Assert.Null(local.Problem());
        Assert.Equal("team", local.First.Code);
        Assert.Equal("head-of-service", local.After("team")!.Code);
        Assert.Null(local.After("head-of-service"));
        Assert.Equal(4, new EscalationPolicy().InForce.Count);
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("team", 0)]
    [InlineData("team", 61)]
    public void An_unusable_policy_is_named(string code, int days) =>
        Assert.NotNull(new EscalationPolicy { Stages = [new() { Code = code, WorkingDays = days }] }.Problem());

    [Fact]
    public void Stage_codes_must_differ() =>
        Assert.NotNull(new EscalationPolicy { Stages = [new() { Code = "a", WorkingDays = 2 }, new() { Code = "a", WorkingDays = 3 }] }.Problem());
}
