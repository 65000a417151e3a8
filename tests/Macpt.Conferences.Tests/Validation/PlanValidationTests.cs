using Macpt.Conferences.Apis;
using Macpt.Conferences.Apis.Validation;

namespace Macpt.Conferences.Tests.Validation;

/// <summary>Core group meetings and ending a plan outside a review. Checked on Friday 15 January 2027.</summary>
public sealed class PlanValidationTests
{
    private static readonly DateOnly Today = D("2027-01-15");

    [Fact]
    public void A_core_group_meeting_needs_a_past_date_and_attendees()
    {
        RuleAssert.Accepted(CoreGroupMeetingValidation.Check(new CoreGroupMeetingRequest(Today, ["fh-1", "lcpp-03"]), Today));
        RuleAssert.Refused(CoreGroupMeetingValidation.Check(new CoreGroupMeetingRequest(D("2027-01-16"), []), Today), "heldOn", "attended");
        RuleAssert.Refused(CoreGroupMeetingValidation.Check(new CoreGroupMeetingRequest(null, ["fh-1", "a b"]), Today), "heldOn", "attended");
    }

    [Fact]
    public void Ending_needs_a_date_a_known_reason_and_the_step_down()
    {
        RuleAssert.Accepted(EndPlanValidation.Check(new EndPlanRequest(Today, "transferred-to-another-la", false, null), Today));
        RuleAssert.Accepted(EndPlanValidation.Check(new EndPlanRequest(Today, "no-longer-at-risk", true, "fh-1"), Today));
        RuleAssert.Refused(EndPlanValidation.Check(new EndPlanRequest(null, null, null, null), Today), "endDate", "reasonCode", "stepDownToFamilyHelp");
        RuleAssert.Refused(EndPlanValidation.Check(new EndPlanRequest(D("2027-01-16"), "RC7", true, null), Today), "endDate", "reasonCode", "familyHelpLeadId");
        RuleAssert.Refused(EndPlanValidation.Check(new EndPlanRequest(Today, "other", false, "fh-1"), Today), "familyHelpLeadId");
        RuleAssert.Accepted(EndPlanValidation.Check(new EndPlanRequest(Today, "left-the-uk", false, null), Today));
        RuleAssert.Refused(EndPlanValidation.Check(new EndPlanRequest(Today, "transferred-to-another-la", false, null, D("2027-01-16")), Today), "receivingConferenceOn");
    }
}
