using Macpt.Advocacy.Domain;

namespace Macpt.Advocacy.Application;

/// <summary>An offer with the episode it belongs to, as the offer lists read them (one row of a join).</summary>
public sealed class OfferInEpisode
{
    public required AdvocacyOffer Offer { get; init; }
    public required Episode Episode { get; init; }
}
