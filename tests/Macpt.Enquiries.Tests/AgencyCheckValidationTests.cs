using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;

namespace Macpt.Enquiries.Tests;

public sealed class AgencyCheckValidationTests
{
    [Theory]
    [InlineData("police")]
    [InlineData("health")]
    [InlineData("education")]
    public void A_check_goes_to_police_health_or_education(string agency) =>
        RuleAssert.Accepted(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest(agency, "What do you hold?", null, "sw-12")));

    [Theory]
    [InlineData(null)]
    [InlineData("local-authority")]
    [InlineData("Police")]
    [InlineData("referrer")]
    public void Any_other_agency_is_refused(string? agency) =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest(agency, "q", null, "sw-12")), "agency");

    [Fact]
    public void The_question_and_who_asks_are_required() =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("police", "  ", null, null)), "question", "requestedBy");

    [Fact]
    public void An_overlong_question_is_refused() =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("police", new string('q', Limits.Text + 1), null, "sw-12")), "question");

    [Fact]
    public void An_answer_needs_its_text_and_who_gave_it()
    {
        RuleAssert.Accepted(AnswerAgencyCheckValidation.Check(new AnswerAgencyCheckRequest("Known to us.", "pol-77")));
        RuleAssert.Refused(AnswerAgencyCheckValidation.Check(new AnswerAgencyCheckRequest("", "Jane Smith")), "answer", "answeredBy");
    }
}
