using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>An enquiry asks each agency once (409 on agency).</summary>
public sealed class OneCheckPerAgencyTests
{
    [Fact]
    public void An_agency_not_yet_asked_holds() => RuleAssert.Holds(new OneCheckPerAgency(false));

    [Fact]
    public void An_agency_asked_already_is_broken_as_a_conflict() => RuleAssert.Broken(new OneCheckPerAgency(true), "agency", RuleKind.Conflict);
}
