namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// A parent still without an advocate while their child's initial conference is ahead (today or later): they
/// are followed up so that no parent walks into a conference alone without having been asked. Parents who
/// declined or withdrew consent are not chased.
/// </summary>
public static class NeedsAdvocateBeforeConference
{
    public static readonly IReadOnlyList<string> StatusesToFollowUp = [OfferStatus.Offered, OfferStatus.Accepted];

    public static bool Applies(AdvocacyOffer offer, Episode episode, bool hasActiveAllocation, DateOnly today) =>
        episode.IsOpen && episode.ConferenceDate is { } date && date >= today
        && StatusesToFollowUp.Contains(offer.Status) && !hasActiveAllocation;
}
