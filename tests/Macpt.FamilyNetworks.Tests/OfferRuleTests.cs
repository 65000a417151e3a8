using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain.Rules;

namespace Macpt.FamilyNetworks.Tests;

/// <summary>An offer is dated from the request to today; before proceedings it is in the letter before proceedings (s.31ZA).</summary>
public sealed class OfferRuleTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Theory]
    [InlineData("2026-11-16")]
    [InlineData("2026-11-25")]
    public void An_offer_from_the_day_asked_to_today_is_accepted(string offeredOn) =>
        Assert.Null(OfferRule.Check(Requests.New(), D(offeredOn), null, Today));

    [Fact]
    public void An_offer_tomorrow_is_refused() => RuleAssert.Broken(OfferRule.Check(Requests.New(), D("2026-11-26"), null, Today), "offeredOn");

    [Fact]
    public void An_offer_before_the_request_is_refused() => RuleAssert.Broken(OfferRule.Check(Requests.New(), D("2026-11-15"), null, Today), "offeredOn");

    [Fact]
    public void A_pre_proceedings_offer_needs_the_letter_before_proceedings()
    {
        var request = Requests.New(FamilyNetworkStages.PreProceedings);
        RuleAssert.Broken(OfferRule.Check(request, D("2026-11-20"), null, Today), "letterBeforeProceedingsOn");
        Assert.Null(OfferRule.Check(request, D("2026-11-20"), D("2026-11-20"), Today));
        RuleAssert.Broken(OfferRule.Check(request, D("2026-11-20"), D("2026-11-26"), Today), "letterBeforeProceedingsOn");
    }

    [Theory]
    [InlineData(FamilyNetworkStages.FamilyHelp)]
    [InlineData(FamilyNetworkStages.Section47)]
    [InlineData(FamilyNetworkStages.PreConference)]
    public void Only_a_pre_proceedings_offer_has_a_letter(string stage) =>
        RuleAssert.Broken(OfferRule.Check(Requests.New(stage), D("2026-11-20"), D("2026-11-20"), Today), "letterBeforeProceedingsOn");
}
