namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate is allocated only to a parent who accepted the offer and has not withdrawn consent, for an
/// episode still open, and one advocate at a time.
/// </summary>
public static class AllocationNeedsConsent
{
    public const string NotAccepted = "The parent has not accepted the offer (or has withdrawn consent).";
    public const string EpisodeEnded = "The episode has ended.";
    public const string AlreadyAllocated = "The parent already has an advocate; an advocate is re-allocated only after the allocation ends.";

    /// <summary>Why the allocation is refused, or null when it may go ahead.</summary>
    public static string? Broken(AdvocacyOffer offer, Episode episode, bool hasActiveAllocation) =>
        offer.Status != OfferStatus.Accepted ? NotAccepted
        : !episode.IsOpen ? EpisodeEnded
        : hasActiveAllocation ? AlreadyAllocated
        : null;
}
