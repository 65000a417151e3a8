using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// Recording the outcome (the threshold decision) needs the date held (not in the future), whether the
/// Section 47 threshold is met, the reasons, who attended (as for convening), any safety actions each with
/// what, which agency owns it and by when, and who recorded it. Checked on Wednesday 25 November 2026.
/// </summary>
public sealed partial class StrategyDiscussionValidationTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    private static readonly SafetyActionRequest Action = new("Child to stay with grandmother tonight.", "local-authority", D("2026-11-25"));

    private static readonly OutcomeRequest ValidOutcome = new(
        HeldOn: D("2026-11-24"),
        ThresholdMet: true,
        Reasons: "Unexplained bruising to a non-mobile baby; reasonable cause to suspect significant harm.",
        Attended: [SocialWorker, PoliceOfficer, Nurse],
        SafetyActions: [Action],
        OfferFamilyNetworkMeeting: true);

    private static RequestErrors Check(OutcomeRequest r) => StrategyDiscussionOutcomeValidation.Check(r);

    [Fact]
    public void A_valid_outcome_is_accepted() => RuleAssert.Accepted(Check(ValidOutcome));

    [Fact]
    public void A_threshold_not_met_is_as_valid_as_one_met() =>
        RuleAssert.Accepted(Check(ValidOutcome with { ThresholdMet = false }));

    // heldOn

    [Fact]
    public void A_missing_date_held_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { HeldOn = null }), "heldOn");

    [Fact]
    public void Held_today_is_accepted() =>
        RuleAssert.Accepted(Check(ValidOutcome with { HeldOn = Today }));

    /// <summary>A future date is refused by the discussion itself (DiscussionIsNotHeldInTheFuture, 422), not as the request's shape.</summary>
    [Fact]
    public void Held_tomorrow_is_left_to_the_discussion() =>
        RuleAssert.Accepted(Check(ValidOutcome with { HeldOn = D("2026-11-26"), SafetyActions = [Action with { DueBy = D("2026-11-26") }] }));

    // heldBy

    [Theory]
    [InlineData("macpt")]
    [InlineData("emergency-duty-team")]
    [InlineData("police")]
    public void Each_who_held_it_is_accepted(string heldBy) =>
        RuleAssert.Accepted(Check(ValidOutcome with { HeldBy = heldBy }));

    [Theory]
    [InlineData("edt")]
    [InlineData("health")]
    [InlineData("")]
    public void An_unknown_who_held_it_is_refused(string heldBy) =>
        RuleAssert.Refused(Check(ValidOutcome with { HeldBy = heldBy }), "heldBy");

    // thresholdMet

    [Fact]
    public void A_missing_threshold_decision_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { ThresholdMet = null }), "thresholdMet");

    // reasons

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Missing_reasons_are_refused(string? reasons) =>
        RuleAssert.Refused(Check(ValidOutcome with { Reasons = reasons }), "reasons");

    [Fact]
    public void Reasons_of_exactly_10000_characters_are_accepted() =>
        RuleAssert.Accepted(Check(ValidOutcome with { Reasons = new string('r', 10_000) }));

    [Fact]
    public void Reasons_over_10000_characters_are_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { Reasons = new string('r', 10_001) }), "reasons");

    // attended

    [Fact]
    public void Nobody_attended_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { Attended = [] }), "attended");

    [Fact]
    public void Missing_attended_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { Attended = null }), "attended");

    [Fact]
    public void Attended_faults_are_named_under_attended() =>
        RuleAssert.Refused(Check(ValidOutcome with { Attended = [new AttendeeRequest("council", null, "A Jones"), null, Nurse with { Role = " " }] }),
            "attended[0].agency", "attended[0].role", "attended[0].practitionerId", "attended[1]", "attended[2].role");

    [Fact]
    public void Over_thirty_attended_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { Attended = Many(31) }), "attended");

    [Fact]
    public void Thirty_attended_is_accepted_by_these_rules() =>
        // The three required agencies are a separate rule (RequiredAttendees), applied by the API.
        RuleAssert.Accepted(Check(ValidOutcome with { Attended = Many(30) }));

    // safetyActions

    [Fact]
    public void No_safety_actions_are_accepted()
    {
        RuleAssert.Accepted(Check(ValidOutcome with { SafetyActions = null }));
        RuleAssert.Accepted(Check(ValidOutcome with { SafetyActions = [] }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_safety_action_with_no_action_is_refused(string? action) =>
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action, Action with { Action = action }] }), "safetyActions[1].action");

    [Fact]
    public void An_action_of_2000_characters_is_accepted_and_over_2000_refused()
    {
        RuleAssert.Accepted(Check(ValidOutcome with { SafetyActions = [Action with { Action = new string('a', 2000) }] }));
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action with { Action = new string('a', 2001) }] }), "safetyActions[0].action");
    }

    [Theory]
    [InlineData("social-care")]
    [InlineData("Police")]
    [InlineData("")]
    [InlineData(null)]
    public void A_safety_action_with_an_unknown_or_missing_owner_agency_is_refused(string? ownerAgency) =>
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action with { OwnerAgency = ownerAgency }] }), "safetyActions[0].ownerAgency");

    [Fact]
    public void A_safety_action_with_no_due_date_is_refused() =>
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action with { DueBy = null }] }), "safetyActions[0].dueBy");

    [Fact]
    public void A_safety_action_due_before_the_discussion_was_held_is_refused()
    {
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action with { DueBy = D("2026-11-23") }] }), "safetyActions[0].dueBy");
        RuleAssert.Accepted(Check(ValidOutcome with { SafetyActions = [Action with { DueBy = D("2026-11-24") }] }));
    }

    [Fact]
    public void A_null_safety_action_is_refused_by_its_position() =>
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [Action, null] }), "safetyActions[1]");

    [Fact]
    public void Every_fault_of_a_safety_action_is_named() =>
        RuleAssert.Refused(Check(ValidOutcome with { SafetyActions = [new SafetyActionRequest(null, "council", null)] }),
            "safetyActions[0].action", "safetyActions[0].ownerAgency", "safetyActions[0].dueBy");

    // recordedBy: the token's actor

    [Fact]
    public void The_body_cannot_name_who_records_it() =>
        Assert.DoesNotContain(typeof(OutcomeRequest).GetProperties(), p => p.Name == "RecordedBy");

    // offerFamilyNetworkMeeting

    [Fact]
    public void Whether_to_offer_a_family_network_meeting_is_optional() =>
        RuleAssert.Accepted(Check(ValidOutcome with { OfferFamilyNetworkMeeting = null }));

    // everything at once

    [Fact]
    public void An_empty_outcome_names_every_required_field() =>
        RuleAssert.Refused(Check(new OutcomeRequest(null, null, null, null, null, null)),
            "heldOn", "thresholdMet", "reasons", "attended");

    [Fact]
    public void No_outcome_message_quotes_a_submitted_value_back()
    {
        // Reasons and actions are free text about a family.
        var request = new OutcomeRequest(
            HeldOn: D("2031-07-19"),
            ThresholdMet: null,
            Reasons: "Xylophonic" + new string('x', 10_000),
            Attended: [new AttendeeRequest("Zebedee council", "Umbral" + new string('u', 100), "Vexatious Person")],
            SafetyActions: [new SafetyActionRequest("Wobbly" + new string('w', 2000), "Yonder agency", null)],
            OfferFamilyNetworkMeeting: null,
            HeldBy: "Quixotic");

        var errors = Check(request);

        RuleAssert.Refused(errors, "heldBy", "thresholdMet", "reasons", "attended[0].agency", "attended[0].role", "attended[0].practitionerId",
            "safetyActions[0].action", "safetyActions[0].ownerAgency", "safetyActions[0].dueBy");
        AssertNoMessageContains(errors, "Xylophonic", "Zebedee", "Umbral", "Vexatious", "Wobbly", "Yonder", "Quixotic", "2031", "19/07", "07/19");
    }
}
