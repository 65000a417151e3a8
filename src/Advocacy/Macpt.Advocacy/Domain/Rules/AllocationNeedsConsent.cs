using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate is allocated only to a parent who accepted the offer and has not withdrawn consent: advocacy is
/// offered, never imposed (Families First Partnership programme guide, DfE 2025: independent parental advocacy).
/// </summary>
public sealed class AllocationNeedsConsent(AdvocacyOffer offer) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => offer.Status != OfferStatus.Accepted;
    public override string Message => "The parent has not accepted the offer (or has withdrawn consent).";
}
