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
        RuleAssert.Accepted(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest(agency, "What do you hold?", null)));

    [Theory]
    [InlineData(null)]
    [InlineData("local-authority")]
    [InlineData("Police")]
    [InlineData("referrer")]
    public void Any_other_agency_is_refused(string? agency) =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest(agency, "q", null)), "agency");

    [Fact]
    public void The_question_is_required() =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("police", "  ", null)), "question");

    [Fact]
    public void An_overlong_question_is_refused() =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("police", new string('q', Limits.Text + 1), null)), "question");

    [Fact]
    public void An_answer_needs_its_text()
    {
        RuleAssert.Accepted(AnswerAgencyCheckValidation.Check(new AnswerAgencyCheckRequest("Known to us.")));
        RuleAssert.Refused(AnswerAgencyCheckValidation.Check(new AnswerAgencyCheckRequest("")), "answer");
    }

    [Fact]
    public void Who_asks_and_who_answers_come_from_the_token_not_the_body()
    {
        Assert.DoesNotContain(typeof(RequestAgencyCheckRequest).GetProperties(), p => p.Name == "RequestedBy");
        Assert.DoesNotContain(typeof(AnswerAgencyCheckRequest).GetProperties(), p => p.Name == "AnsweredBy");
    }
}
