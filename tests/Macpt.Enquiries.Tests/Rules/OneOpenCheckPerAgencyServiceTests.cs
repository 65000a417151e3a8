using Macpt.Enquiries.Domain.Rules;
using Macpt.Rules;

namespace Macpt.Enquiries.Tests.Rules;

/// <summary>
/// Several checks per agency (each health service its own; Working Together 2023, ch. 4), but one open at a time per
/// agency and service (409 on agency, naming the open check).
/// </summary>
public sealed class OneOpenCheckPerAgencyServiceTests
{
    [Fact]
    public void An_agency_and_service_with_no_open_check_holds() => RuleAssert.Holds(new OneOpenCheckPerAgencyService(null));

    [Fact]
    public void An_open_check_to_the_same_agency_and_service_is_broken_as_a_conflict_naming_it()
    {
        var open = Guid.NewGuid();
        var rule = new OneOpenCheckPerAgencyService(open);
        RuleAssert.Broken(rule, "agency", RuleKind.Conflict);
        Assert.Contains(open.ToString(), rule.Message);
    }
}
