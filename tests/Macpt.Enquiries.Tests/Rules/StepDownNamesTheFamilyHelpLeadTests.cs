using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>
/// A Section 47 with no conference steps down to Family Help (Working Together 2023, ch. 3 and 4; issue 16): it names
/// the Family Help lead and the handover day, not before the day completed (422 naming the field).
/// </summary>
public sealed class StepDownNamesTheFamilyHelpLeadTests
{
    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-08")]
    public void A_lead_and_a_handover_from_the_day_completed_hold(string handover) =>
        RuleAssert.Holds(new StepDownNamesTheFamilyHelpLead("fh-0007", D(handover), D("2026-12-01")));

    [Fact]
    public void Without_the_lead_it_is_broken_on_the_lead() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead(null, D("2026-12-02"), D("2026-12-01")), "familyHelpLeadId", RuleKind.Unprocessable);

    [Fact]
    public void Without_the_handover_date_it_is_broken_on_the_date() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead("fh-0007", null, D("2026-12-01")), "handoverDate", RuleKind.Unprocessable);

    [Fact]
    public void A_handover_before_the_completion_is_broken_on_the_date() =>
        RuleAssert.Broken(new StepDownNamesTheFamilyHelpLead("fh-0007", D("2026-11-30"), D("2026-12-01")), "handoverDate", RuleKind.Unprocessable);

    [Theory]
    [InlineData("not-substantiated")]
    [InlineData("substantiated-not-at-continuing-risk")]
    public void An_enquiry_with_no_conference_is_not_completed_without_the_lead(string outcome)
    {
        var enquiry = Fixtures.Enquiry();
        RuleAssert.Refuses<StepDownNamesTheFamilyHelpLead>(() => enquiry.Complete(Fixtures.EnquiryOutcome() with { Outcome = outcome, FamilyHelpLeadId = null }),
            "familyHelpLeadId");
        Assert.Equal(Section47Status.Open, enquiry.Status);
    }

    [Fact]
    public void An_enquiry_with_no_conference_steps_down_naming_the_lead_and_the_handover()
    {
        var enquiry = Fixtures.Completed();

        var stepped = EnquiryEvents.SteppedDown(enquiry);

        Assert.Equal(("section-47-no-conference", "fh-0007", D("2026-12-02")), (stepped.Exit, stepped.FamilyHelpLeadId, stepped.HandoverDate));
        Assert.Equal((enquiry.Id, enquiry.ReferralId, enquiry.LaChildId), (stepped.SourceId, stepped.ReferralId, stepped.LaChildId));
    }

    [Fact]
    public void An_enquiry_needing_a_conference_needs_no_lead()
    {
        var enquiry = Fixtures.Enquiry();
        enquiry.Complete(Fixtures.EnquiryOutcome() with { Outcome = "conference-required", FamilyHelpLeadId = null, HandoverDate = null });
        Assert.True(enquiry.Outcome!.ConferenceRequired);
    }
}
