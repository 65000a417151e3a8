using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>A coordinator is allocated from the request to today; before proceedings, one independent of the case.</summary>
public sealed class CoordinatorRuleTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Fact]
    public void A_coordinator_from_the_service_is_allowed_before_a_conference() =>
        Assert.Null(CoordinatorRule.Check(Requests.New(FamilyNetworkStages.PreConference), independent: false, D("2026-11-18"), Today));

    [Fact]
    public void Before_proceedings_the_coordinator_is_independent()
    {
        var request = Requests.New(FamilyNetworkStages.PreProceedings);
        RuleAssert.Broken(CoordinatorRule.Check(request, independent: false, D("2026-11-18"), Today), "independent");
        Assert.Null(CoordinatorRule.Check(request, independent: true, D("2026-11-18"), Today));
    }

    [Theory]
    [InlineData("2026-11-15")]
    [InlineData("2026-11-26")]
    public void An_allocation_before_the_request_or_tomorrow_is_refused(string allocatedOn) =>
        RuleAssert.Broken(CoordinatorRule.Check(Requests.New(), true, D(allocatedOn), Today), "allocatedOn");
}
