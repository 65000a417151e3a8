namespace Macpt.Contracts.FamilyNetworks;

/// <summary>A family network meeting was held. Who came stays in family networks: they are people with personal data.</summary>
public sealed record FamilyNetworkMeetingHeld(
    Guid MeetingId,
    Guid RequestId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    int NetworkMembersPresent,
    bool ChildTookPart);
