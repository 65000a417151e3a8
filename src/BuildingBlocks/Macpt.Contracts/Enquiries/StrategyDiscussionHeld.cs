namespace Macpt.Contracts.Enquiries;

/// <summary>A strategy discussion was held and its threshold decision recorded (reasons stay in enquiries).
/// <see cref="FamilyNetworkMeetingRecommended"/> asks the family networks service to offer a meeting now.</summary>
public sealed record StrategyDiscussionHeld(
    Guid StrategyDiscussionId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    bool Section47ThresholdMet,
    bool FamilyNetworkMeetingRecommended = false);
