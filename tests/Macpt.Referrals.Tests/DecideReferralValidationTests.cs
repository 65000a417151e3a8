using Macpt.Contracts;
using Macpt.Contracts.Referrals;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Apis.Validation;

namespace Macpt.Referrals.Tests;

/// <summary>A decision carries a known response, the reasons for it, and the deciding LCPP's id.</summary>
public sealed class DecideReferralValidationTests
{
    private static readonly DecideReferralRequest Valid =
        new(ReferralDecisionTypes.StrategyDiscussion, "Injury a child cannot explain; police and health to join.");

    [Theory]
    [InlineData("no-further-action")]
    [InlineData("family-help")]
    [InlineData("strategy-discussion")]
    [InlineData("immediate-protection")]
    public void Each_response_in_working_together_is_accepted(string decision) =>
        RuleAssert.Accepted(DecideReferralValidation.Check(Valid with { Decision = decision }));

    [Fact]
    public void The_accepted_responses_are_exactly_the_contract_list() =>
        Assert.Equal(["no-further-action", "family-help", "strategy-discussion", "immediate-protection"], ReferralDecisionTypes.All);

    [Theory]
    [InlineData("NFA")]
    [InlineData("Strategy-Discussion")] // codes are exact
    [InlineData(" strategy-discussion")]
    [InlineData("section-47")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void An_unknown_or_missing_decision_is_refused(string? decision) =>
        RuleAssert.Refused(DecideReferralValidation.Check(Valid with { Decision = decision }), "decision");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_decision_without_reasons_is_refused(string? reason) =>
        RuleAssert.Refused(DecideReferralValidation.Check(Valid with { Reason = reason }), "reason");

    [Fact]
    public void Reasons_of_exactly_10000_characters_are_accepted() =>
        RuleAssert.Accepted(DecideReferralValidation.Check(Valid with { Reason = new string('r', DecideReferralValidation.MaxReasonLength) }));

    [Fact]
    public void Reasons_over_10000_characters_are_refused() =>
        RuleAssert.Refused(DecideReferralValidation.Check(Valid with { Reason = new string('r', 10_001) }), "reason");

    [Fact]
    public void The_body_cannot_name_who_decides() =>
        // The deciding LCPP is the token's actor (README, "Who is acting"): there is no field to send.
        Assert.DoesNotContain(typeof(DecideReferralRequest).GetProperties(), p => p.Name == "DecidedBy");

    [Fact]
    public void An_empty_decision_names_every_field() =>
        RuleAssert.Refused(DecideReferralValidation.Check(new DecideReferralRequest(null, null)), "decision", "reason");

    // The step-down's lead and handover date: their presence is the referral's rule (422); here only their shape.

    [Fact]
    public void A_family_help_decision_may_name_its_lead_and_handover_date() =>
        RuleAssert.Accepted(DecideReferralValidation.Check(Valid with { Decision = "family-help", FamilyHelpLeadId = "fh-0007", HandoverDate = new DateOnly(2026, 11, 27) }));

    [Fact]
    public void A_lead_that_is_not_a_practitioner_id_is_refused() =>
        RuleAssert.Refused(DecideReferralValidation.Check(Valid with { Decision = "family-help", FamilyHelpLeadId = "Jane Smith" }), "familyHelpLeadId");

    [Fact]
    public void Only_a_family_help_decision_names_a_lead_or_handover() =>
        RuleAssert.Refused(DecideReferralValidation.Check(Valid with { FamilyHelpLeadId = "fh-0007", HandoverDate = new DateOnly(2026, 11, 27) }),
            "familyHelpLeadId", "handoverDate");
}
