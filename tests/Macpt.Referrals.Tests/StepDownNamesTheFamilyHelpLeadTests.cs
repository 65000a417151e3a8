using Macpt.Contracts.Referrals;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Referrals.Tests;

/// <summary>
/// A family-help decision steps the case down to Family Help (Working Together 2023, ch. 3 and 4; issue 16): it names
/// the Family Help lead and the handover day, not before the day decided (422 naming the field).
/// </summary>
public sealed class StepDownNamesTheFamilyHelpLeadTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DecidedOn = new(2026, 11, 25); // DecidedAt's London day

    [Theory]
    [InlineData("2026-11-25")] // the day decided
    [InlineData("2026-12-01")]
    public void A_lead_and_a_handover_from_the_day_decided_hold(string handover) =>
        RuleAssert.Holds(new StepDownNamesTheFamilyHelpLead("fh-0007", D(handover), DecidedOn));

    [Fact]
    public void Without_the_lead_it_is_broken_on_the_lead() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead(null, D("2026-11-26"), DecidedOn), "familyHelpLeadId", RuleKind.Unprocessable);

    [Fact]
    public void Without_the_handover_date_it_is_broken_on_the_date() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead("fh-0007", null, DecidedOn), "handoverDate", RuleKind.Unprocessable);

    [Fact]
    public void A_handover_before_the_decision_is_broken_on_the_date() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead("fh-0007", D("2026-11-24"), DecidedOn), "handoverDate", RuleKind.Unprocessable);

    private static Referral NewReferral(Child? child = null) => Referral.Receive(
        Guid.NewGuid(), "RB123456", child ?? new Child("Alex", "Smith", new DateOnly(2019, 3, 14), null, "M", "WBRI", null, null, null, null, false), "2A",
        "Bruising seen at school.", DecidedAt.AddHours(-3), DecidedAt.AddHours(-3), new DateOnly(2026, 11, 26));

    [Fact]
    public void A_referral_decided_family_help_without_its_lead_is_refused_and_stays_undecided()
    {
        var referral = NewReferral();
        RuleAssert.Refuses<StepDownNamesTheFamilyHelpLead>(
            () => referral.Decide(new ReferralDecision(ReferralDecisionTypes.FamilyHelp, "Needs help, not protection.", "lcpp1", DecidedAt)), "familyHelpLeadId");
        Assert.False(referral.IsDecided);
    }

    [Fact]
    public void A_referral_decided_family_help_keeps_its_lead_and_handover_and_publishes_the_step_down()
    {
        var referral = NewReferral();
        referral.Decide(new ReferralDecision(ReferralDecisionTypes.FamilyHelp, "Needs help, not protection.", "lcpp1", DecidedAt, "fh-0007", D("2026-11-27")));

        var stepped = Application.ReferralEvents.SteppedDown(referral);
        Assert.Equal(("referral-decision", "fh-0007", D("2026-11-27")), (stepped.Exit, stepped.FamilyHelpLeadId, stepped.HandoverDate));
        Assert.Equal((referral.Id, referral.Id, "RB123456"), (stepped.SourceId, stepped.ReferralId!.Value, stepped.LaChildId));
    }

    [Fact]
    public void Other_decisions_need_no_lead() =>
        NewReferral().Decide(new ReferralDecision(ReferralDecisionTypes.NoFurtherAction, "No concerns.", "lcpp1", DecidedAt));

    /// <summary>Supports pre-birth (issue 16 item 2): the decision of an unborn child's referral carries the expected date of birth.</summary>
    [Fact]
    public void The_decision_of_an_unborn_childs_referral_carries_the_expected_date_of_birth_and_a_born_childs_does_not()
    {
        var unborn = NewReferral(new Child(null, null, null, D("2027-03-01"), "U", "NOBT", null, null, null, null, false));
        unborn.Decide(new ReferralDecision(ReferralDecisionTypes.StrategyDiscussion, "Pre-birth concerns.", "lcpp1", DecidedAt));
        var born = NewReferral();
        born.Decide(new ReferralDecision(ReferralDecisionTypes.StrategyDiscussion, "Concerns.", "lcpp1", DecidedAt));

        Assert.Equal(D("2027-03-01"), Application.ReferralEvents.Decided(unborn).ExpectedDateOfBirth);
        Assert.Null(Application.ReferralEvents.Decided(born).ExpectedDateOfBirth);
    }
}
