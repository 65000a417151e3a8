using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.Rules;
using static Macpt.FamilyNetworks.Tests.Requests;

namespace Macpt.FamilyNetworks.Tests.Rules;

/// <summary>Children Act 1989 s.31ZA(1): before proceedings the offer is made to each person with parental responsibility.</summary>
public sealed class PreProceedingsOfferIsMadeToParentalResponsibilityTests
{
    private static FamilyNetworkOffer To(params OfferedPerson[] people) => Offer() with { OfferedTo = [.. people] };

    [Fact]
    public void An_offer_to_a_parent_with_parental_responsibility_holds() =>
        RuleAssert.Holds(new PreProceedingsOfferIsMadeToParentalResponsibility(FamilyNetworkStages.PreProceedings, Offer(toFather: true)));

    [Fact]
    public void An_offer_to_no_one_with_parental_responsibility_or_not_saying_is_refused()
    {
        var carer = new OfferedPerson(Guid.NewGuid(), "A Carer", OfferedRelationships.Carer, false);
        RuleAssert.Broken(new PreProceedingsOfferIsMadeToParentalResponsibility(FamilyNetworkStages.PreProceedings, To(carer)), "offeredTo", RuleKind.Unprocessable);
        var unsaid = new OfferedPerson(Guid.NewGuid(), "A Parent", OfferedRelationships.Father, null);
        RuleAssert.Broken(new PreProceedingsOfferIsMadeToParentalResponsibility(FamilyNetworkStages.PreProceedings, To(unsaid, carer with { ParentalResponsibility = true })), "offeredTo");
        RuleAssert.Refuses<PreProceedingsOfferIsMadeToParentalResponsibility>(
            () => New(FamilyNetworkStages.PreProceedings).RecordOffer(To(carer) with { LetterBeforeProceedingsOn = D("2026-11-17") }, Today), "offeredTo");
    }

    [Fact]
    public void Other_stages_offer_whom_the_family_chooses() =>
        RuleAssert.Holds(new PreProceedingsOfferIsMadeToParentalResponsibility(FamilyNetworkStages.Section47,
            To(new OfferedPerson(Guid.NewGuid(), "A Carer", OfferedRelationships.Carer, false))));
}
