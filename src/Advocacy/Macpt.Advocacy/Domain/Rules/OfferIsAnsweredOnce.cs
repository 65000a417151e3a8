using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent answers an offer of an advocate once; after accepting they can withdraw consent, not answer again
/// (Working Together 2023, ch. 1: working with parents; Families First Partnership programme guide, DfE 2025: parental advocacy).
/// </summary>
public sealed class OfferIsAnsweredOnce(AdvocacyOffer offer) : BusinessRule("answer", RuleKind.Conflict)
{
    public override bool IsBroken() => offer.Status != OfferStatus.Offered;
    public override string Message => "The offer has already been answered; consent given can be withdrawn.";
}
