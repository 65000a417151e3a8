using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Apis.Validation;

namespace Macpt.Enquiries.Tests;

public sealed class AgencyCheckValidationTests
{
    [Theory]
    [InlineData("police")]
    [InlineData("education")]
    [InlineData("probation")]
    [InlineData("youth-justice")]
    [InlineData("housing")]
    public void A_check_goes_to_a_partner_or_a_designated_agency_without_a_service(string agency) =>
        RuleAssert.Accepted(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest(agency, "What do you hold?", null)));

    [Theory]
    [InlineData("gp")]
    [InlineData("health-visitor")]
    [InlineData("school-nurse")]
    [InlineData("camhs")]
    [InlineData("midwifery")]
    public void A_health_check_names_one_of_the_health_services(string service) =>
        RuleAssert.Accepted(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("health", "What do you hold?", null, service)));

    [Theory]
    [InlineData(null)]
    [InlineData("hospital")]
    [InlineData("GP")]
    public void A_health_check_without_a_known_service_is_refused(string? service) =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("health", "q", null, service)), "service");

    [Fact]
    public void Only_a_health_check_names_a_service() =>
        RuleAssert.Refused(RequestAgencyCheckValidation.Check(new RequestAgencyCheckRequest("police", "q", null, "gp")), "service");

    [Theory]
    [InlineData(null)]
    [InlineData("local-authority")]
    [InlineData("Police")]
    [InlineData("referrer")]
    [InlineData("family-help")]
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
