namespace Macpt.Advocacy.Domain.Rules;

/// <summary>A parent answers an offer once; after accepting they can withdraw consent, not answer again.</summary>
public static class OfferIsAnsweredOnce
{
    public const string Message = "The offer has already been answered.";

    public static bool IsBroken(AdvocacyOffer offer) => offer.Status != OfferStatus.Offered;
}
