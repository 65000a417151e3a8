namespace Macpt.Advocacy.Domain.Rules;

/// <summary>Consent is withdrawn from an accepted offer, at any time, and once.</summary>
public static class ConsentCanBeWithdrawn
{
    public const string Message = "Only consent given (an accepted offer) can be withdrawn.";

    public static bool IsBroken(AdvocacyOffer offer) => offer.Status != OfferStatus.Accepted;
}
