namespace Macpt.Contracts.FamilyNetworks;

/// <summary>
/// A person offered a family network meeting answered (<c>accepted</c> or <c>declined</c>).
/// <see cref="OfferSettled"/> is true once the offer needs no more answers (one accepted, or everyone answered).
/// </summary>
public sealed record FamilyNetworkMeetingOfferAnswered(
    Guid OfferId,
    Guid RequestId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly AnsweredOn,
    string Answer,
    bool OfferSettled);
