namespace Macpt.Contracts.FamilyNetworks;

/// <summary>
/// A family plan was agreed at a meeting (or revised). Safeguards and who does them stay in family networks;
/// the conference sees that a plan exists, whether the local authority agrees it and when it is reviewed.
/// </summary>
public sealed record FamilyPlanAgreed(
    Guid FamilyPlanId,
    Guid MeetingId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly AgreedOn,
    int Safeguards,
    bool LocalAuthorityAgrees,
    DateOnly? ReviewDue,
    int Version = 1);
