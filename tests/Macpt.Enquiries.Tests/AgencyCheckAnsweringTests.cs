using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.ServiceDefaults.Security;

namespace Macpt.Enquiries.Tests;

/// <summary>
/// Who answers a check: the agency asked, through its own portal; for the designated agencies with no portal of their
/// own (probation, youth justice, housing) the MACPT records the answer they gave.
/// </summary>
public sealed class AgencyCheckAnsweringTests
{
    private static AgencyCheck CheckTo(string agency, string? service = null) =>
        Tests.Rules.Fixtures.Enquiry().RequestCheck(Guid.NewGuid(), agency, "What do you hold?", "sw-12", null, D("2026-12-02"), D("2026-11-27"),
            Instant("2026-11-27T17:00:00Z"), service);

    private static Actor Of(string agency) => new("someone", MacptClaims.PractitionerKind, "portal", agency, null, new HashSet<string>());

    [Fact]
    public void A_health_check_names_its_service() => Assert.Equal("health-visitor", CheckTo("health", "health-visitor").Service);

    [Fact]
    public void The_agency_asked_answers_and_no_other()
    {
        Assert.True(EnquiryAccess.Answers(Of("police"), CheckTo("police")));
        Assert.False(EnquiryAccess.Answers(Of("health"), CheckTo("police")));
        Assert.False(EnquiryAccess.Answers(Of("local-authority"), CheckTo("police")));
    }

    [Theory]
    [InlineData("probation")]
    [InlineData("youth-justice")]
    [InlineData("housing")]
    public void The_macpt_records_the_answer_of_an_agency_with_no_portal(string agency)
    {
        Assert.True(EnquiryAccess.Answers(Of("local-authority"), CheckTo(agency)));
        Assert.False(EnquiryAccess.Answers(Of("police"), CheckTo(agency)));
    }
}
