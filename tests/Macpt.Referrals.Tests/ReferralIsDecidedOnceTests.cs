using Macpt.Contracts.Referrals;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>A referral gets one decision; a change of course is a new referral or a later stage.</summary>
public sealed class ReferralIsDecidedOnceTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static Referral NewReferral() => Referral.Receive(
        Guid.NewGuid(), "RB123456", new Child("Alex", "Smith", new DateOnly(2019, 3, 14), null, "1", "WBRI", null, null, null, null, false), "2A",
        "Bruising seen at school.", ReceivedAt, ReceivedAt.AddMinutes(1), new DateOnly(2026, 11, 26));

    private static ReferralDecision Decision(string type, string by) =>
        new(type, "Reasons recorded by the MACPT.", by, ReceivedAt.AddHours(3));

    [Fact]
    public void An_undecided_referral_may_be_decided()
    {
        var referral = NewReferral();

        RuleAssert.Holds(new ReferralIsDecidedOnce(referral));
        referral.Decide(Decision(ReferralDecisionTypes.StrategyDiscussion, "lcpp1"));

        Assert.True(referral.IsDecided);
        Assert.Equal(ReferralDecisionTypes.StrategyDiscussion, referral.Decision!.Type);
    }

    [Fact]
    public void A_decided_referral_breaks_the_rule_as_a_conflict_on_the_decision()
    {
        var referral = NewReferral();
        referral.Decide(Decision(ReferralDecisionTypes.NoFurtherAction, "lcpp1"));

        RuleAssert.Broken(new ReferralIsDecidedOnce(referral), "decision", RuleKind.Conflict);
    }

    [Fact]
    public void A_second_decision_is_refused_and_the_first_stands()
    {
        var referral = NewReferral();
        var first = Decision(ReferralDecisionTypes.NoFurtherAction, "lcpp1");
        referral.Decide(first);

        var e = RuleAssert.Refuses<ReferralIsDecidedOnce>(() => referral.Decide(Decision(ReferralDecisionTypes.ImmediateProtection, "lcpp2")), "decision");

        Assert.Equal(RuleKind.Conflict, e.Kind);
        Assert.Same(first, referral.Decision);
    }

    [Fact]
    public void The_same_decision_again_is_still_a_second_decision()
    {
        var referral = NewReferral();
        var decision = Decision(ReferralDecisionTypes.NoFurtherAction, "lcpp1");
        referral.Decide(decision);

        RuleAssert.Refuses<ReferralIsDecidedOnce>(() => referral.Decide(decision), "decision");
    }
}
