using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>An offer is recorded once.</summary>
public sealed class MeetingIsOfferedOnceTests
{
    [Fact]
    public void A_first_offer_holds() => RuleAssert.Holds(new MeetingIsOfferedOnce(New()));

    [Fact]
    public void A_second_offer_conflicts() => RuleAssert.Broken(new MeetingIsOfferedOnce(Offered()), "offeredOn", RuleKind.Conflict);

    [Fact]
    public void The_request_refuses_a_second_offer() =>
        RuleAssert.Refuses<MeetingIsOfferedOnce>(() => Offered().RecordOffer(Offer(), Today), "offeredOn");
}
