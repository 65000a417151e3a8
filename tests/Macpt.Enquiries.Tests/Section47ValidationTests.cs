using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;

namespace Macpt.Enquiries.Tests;

/// <summary>Recording the child seen and completing an enquiry: the request's shape. Checked on Tuesday 1 December 2026.</summary>
public sealed class Section47ValidationTests
{
    private static readonly DateOnly Today = D("2026-12-01");
    private static readonly ChildSeenRequest Seen = new(D("2026-12-01"), true, "I want to stay with my nan.", "Mother; class teacher");
    private static readonly CompleteEnquiryRequest Completion = new("conference-required", "Substantiated.", D("2026-12-01"), null);

    [Fact]
    public void A_complete_child_seen_is_accepted() => RuleAssert.Accepted(ChildSeenValidation.Check(Seen, Today));

    [Fact]
    public void An_empty_child_seen_names_every_required_field() =>
        RuleAssert.Refused(ChildSeenValidation.Check(new ChildSeenRequest(null, null, null, null), Today), "seenOn", "seenAlone", "childsWords");

    [Fact]
    public void The_child_seen_tomorrow_is_refused() => RuleAssert.Refused(ChildSeenValidation.Check(Seen with { SeenOn = D("2026-12-02") }, Today), "seenOn");

    [Fact]
    public void Others_seen_is_optional_and_blank_is_none_but_not_over_2000_characters()
    {
        RuleAssert.Accepted(ChildSeenValidation.Check(Seen with { OthersSeen = null }, Today));
        RuleAssert.Accepted(ChildSeenValidation.Check(Seen with { OthersSeen = "  " }, Today));
        RuleAssert.Refused(ChildSeenValidation.Check(Seen with { OthersSeen = new string('o', 2001) }, Today), "othersSeen");
    }

    [Fact]
    public void A_complete_outcome_is_accepted() => RuleAssert.Accepted(CompleteEnquiryValidation.Check(Completion, Today));

    [Fact]
    public void An_empty_outcome_names_every_required_field() =>
        RuleAssert.Refused(CompleteEnquiryValidation.Check(new CompleteEnquiryRequest(null, null, null, null), Today), "outcome", "reasons", "completedOn");

    [Theory]
    [InlineData("substantiated")]
    [InlineData("Conference-Required")]
    public void An_unknown_outcome_is_refused(string outcome) =>
        RuleAssert.Refused(CompleteEnquiryValidation.Check(Completion with { Outcome = outcome }, Today), "outcome");

    [Fact]
    public void Completed_tomorrow_is_refused() =>
        RuleAssert.Refused(CompleteEnquiryValidation.Check(Completion with { CompletedOn = D("2026-12-02") }, Today), "completedOn");

    [Fact]
    public void Whether_the_child_was_seen_is_judged_by_the_enquiry_not_the_request() =>
        // No child seen and no reason is well formed: the enquiry's ChildMustBeSeen rule answers it (422).
        RuleAssert.Accepted(CompleteEnquiryValidation.Check(Completion with { NotSeenReason = null }, Today));

    // The step-down's lead and handover date: required with no conference by the enquiry's rule (422); here only their shape.

    [Fact]
    public void With_no_conference_a_lead_and_handover_date_are_accepted() =>
        RuleAssert.Accepted(CompleteEnquiryValidation.Check(Completion with { Outcome = "not-substantiated", FamilyHelpLeadId = "fh-0007", HandoverDate = D("2026-12-01") }, Today));

    [Fact]
    public void A_lead_that_is_not_a_practitioner_id_is_refused() =>
        RuleAssert.Refused(CompleteEnquiryValidation.Check(Completion with { Outcome = "not-substantiated", FamilyHelpLeadId = "Jane Smith" }, Today), "familyHelpLeadId");

    [Fact]
    public void A_conference_required_outcome_names_no_step_down() =>
        RuleAssert.Refused(CompleteEnquiryValidation.Check(Completion with { FamilyHelpLeadId = "fh-0007", HandoverDate = D("2026-12-01") }, Today),
            "familyHelpLeadId", "handoverDate");
}
