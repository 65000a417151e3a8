using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// Consent is withdrawn from an accepted offer, at any time, and once: advocacy is voluntary for the parent
/// (Families First Partnership programme guide, DfE 2025: independent parental advocacy).
/// </summary>
public sealed class ConsentCanBeWithdrawn(AdvocacyOffer offer) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => offer.Status != OfferStatus.Accepted;
    public override string Message => "Only consent given (an accepted offer) can be withdrawn, once.";
}
