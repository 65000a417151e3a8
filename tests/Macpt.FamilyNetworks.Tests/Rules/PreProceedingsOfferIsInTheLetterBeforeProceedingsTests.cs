using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>Before proceedings the offer is in the letter before proceedings (Children Act 1989 s.31ZA), and only then.</summary>
public sealed class PreProceedingsOfferIsInTheLetterBeforeProceedingsTests
{
    [Fact]
    public void A_pre_proceedings_offer_needs_the_letter()
    {
        RuleAssert.Broken(new PreProceedingsOfferIsInTheLetterBeforeProceedings(FamilyNetworkStages.PreProceedings, null), "letterBeforeProceedingsOn", RuleKind.Unprocessable);
        RuleAssert.Holds(new PreProceedingsOfferIsInTheLetterBeforeProceedings(FamilyNetworkStages.PreProceedings, D("2026-11-20")));
    }

    [Theory]
    [InlineData(FamilyNetworkStages.FamilyHelp)]
    [InlineData(FamilyNetworkStages.Section47)]
    [InlineData(FamilyNetworkStages.PreConference)]
    public void Only_a_pre_proceedings_offer_has_a_letter(string stage)
    {
        RuleAssert.Broken(new PreProceedingsOfferIsInTheLetterBeforeProceedings(stage, D("2026-11-20")), "letterBeforeProceedingsOn");
        RuleAssert.Holds(new PreProceedingsOfferIsInTheLetterBeforeProceedings(stage, null));
    }

    [Fact]
    public void The_request_refuses_a_pre_proceedings_offer_without_the_letter_or_with_a_letter_dated_tomorrow()
    {
        RuleAssert.Refuses<PreProceedingsOfferIsInTheLetterBeforeProceedings>(
            () => New(FamilyNetworkStages.PreProceedings).RecordOffer(Offer("2026-11-20"), Today), "letterBeforeProceedingsOn");
        RuleAssert.Refuses<RecordedDateIsNotInTheFuture>(
            () => New(FamilyNetworkStages.PreProceedings).RecordOffer(Offer("2026-11-20", letterOn: "2026-11-26"), Today), "letterBeforeProceedingsOn");
        var offered = New(FamilyNetworkStages.PreProceedings);
        offered.RecordOffer(Offer("2026-11-20", letterOn: "2026-11-20"), Today);
        Assert.Equal(D("2026-11-20"), offered.Offer!.LetterBeforeProceedingsOn);
    }
}
