using Macpt.Contracts.FamilyNetworks;

namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Before proceedings the family group decision-making meeting is offered to the parents and every other person with
/// parental responsibility (Children Act 1989 s.31ZA(1), inserted by the Children's Wellbeing and Schools Act 2026 s.1):
/// the offer says of each person offered whether they hold it, and names at least one who does.
/// </summary>
public sealed class PreProceedingsOfferIsMadeToParentalResponsibility(string stage, FamilyNetworkOffer offer) : BusinessRule("offeredTo")
{
    public override bool IsBroken() => stage == FamilyNetworkStages.PreProceedings
        && (offer.OfferedTo.Any(p => p.ParentalResponsibility is null) || !offer.OfferedTo.Any(p => p.ParentalResponsibility == true));

    public override string Message => "A pre-proceedings offer is made to each person with parental responsibility: it names at least one, and says of each person whether they hold it.";
}
