using Macpt.Gateway.Access;

namespace Macpt.Gateway.Tests;

public sealed class AgencyAccessRulesTests
{
    [Theory]
    [InlineData("GET", "/api/referrals")]
    [InlineData("POST", "/api/referrals/0f8fad5b-d9cb-469f-a165-70867728950e/decision")]
    [InlineData("DELETE", "/api/conferences/anything")]
    public void The_local_authority_reaches_everything(string method, string path) =>
        Assert.True(AgencyAccessRules.Allows("local-authority", method, path));

    [Theory]
    [InlineData("police", "POST", "/api/referrals")]
    [InlineData("health", "POST", "/api/referrals/")]
    [InlineData("education", "POST", "/api/referrals/households")]
    [InlineData("police", "POST", "/api/referrals/consultations")]
    [InlineData("police", "GET", "/api/referrals/consultations/0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("health", "GET", "/api/enquiries/agency-checks")]
    [InlineData("health", "get", "/api/enquiries/agency-checks/0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("education", "POST", "/api/enquiries/agency-checks/0f8fad5b-d9cb-469f-a165-70867728950e/answer")]
    [InlineData("police", "POST", "/API/Referrals")]
    public void A_partner_may_refer_consult_and_answer_its_checks(string agency, string method, string path) =>
        Assert.True(AgencyAccessRules.Allows(agency, method, path));

    [Theory]
    [InlineData("police", "GET", "/api/referrals")]
    [InlineData("police", "GET", "/api/referrals/0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("police", "POST", "/api/referrals/0f8fad5b-d9cb-469f-a165-70867728950e/decision")]
    [InlineData("health", "GET", "/api/referrals/consultations")]
    [InlineData("health", "POST", "/api/referrals/consultations/0f8fad5b-d9cb-469f-a165-70867728950e/advice")]
    [InlineData("education", "GET", "/api/enquiries/strategy-discussions")]
    [InlineData("education", "POST", "/api/enquiries/section-47-enquiries/0f8fad5b-d9cb-469f-a165-70867728950e/agency-checks")]
    [InlineData("education", "POST", "/api/enquiries/agency-checks//answer")]
    [InlineData("police", "GET", "/api/conferences")]
    [InlineData("police", "DELETE", "/api/enquiries/agency-checks/0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void A_partner_reaches_nothing_else_about_a_family(string agency, string method, string path) =>
        Assert.False(AgencyAccessRules.Allows(agency, method, path));

    [Theory]
    [InlineData("")]
    [InlineData("social-care")]
    [InlineData("LOCAL-AUTHORITY")]
    public void An_unknown_agency_reaches_nothing(string agency) =>
        Assert.False(AgencyAccessRules.Allows(agency, "POST", "/api/referrals"));
}
