using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>Before proceedings the coordinator is independent of the case; at other stages one from the service may do.</summary>
public sealed class PreProceedingsCoordinatorIsIndependentTests
{
    [Fact]
    public void Before_proceedings_the_coordinator_is_independent()
    {
        RuleAssert.Broken(new PreProceedingsCoordinatorIsIndependent(FamilyNetworkStages.PreProceedings, false), "independent", RuleKind.Unprocessable);
        RuleAssert.Holds(new PreProceedingsCoordinatorIsIndependent(FamilyNetworkStages.PreProceedings, true));
    }

    [Fact]
    public void A_coordinator_from_the_service_is_allowed_before_a_conference() =>
        RuleAssert.Holds(new PreProceedingsCoordinatorIsIndependent(FamilyNetworkStages.PreConference, false));

    [Fact]
    public void The_request_refuses_a_coordinator_who_is_not_independent_before_proceedings()
    {
        RuleAssert.Refuses<PreProceedingsCoordinatorIsIndependent>(
            () => New(FamilyNetworkStages.PreProceedings).Allocate(Coordinator(independent: false), Today), "independent");
        var request = New(FamilyNetworkStages.PreConference);
        request.Allocate(Coordinator(independent: false), Today);
        Assert.False(request.Coordinator!.Independent);
    }
}
