namespace Macpt.Contracts.Enquiries;

/// <summary>A strategy discussion was held and its threshold decision recorded (reasons stay in enquiries).
/// <see cref="FamilyNetworkMeetingRecommended"/> asks the family networks service to offer a meeting now.</summary>
public sealed record StrategyDiscussionHeld(
    Guid StrategyDiscussionId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    bool Section47ThresholdMet,
    bool FamilyNetworkMeetingRecommended = false,
    /// <summary>When the discussion was due (<see cref="StrategyDiscussionRequested.DueBy"/>).</summary>
    DateOnly? DueBy = null,
    /// <summary>The agencies that took part (<c>Agencies.StrategyDiscussion</c>): each may see the discussion.</summary>
    IReadOnlyList<string>? Agencies = null,
    /// <summary>Held out of hours by the emergency duty team or police.</summary>
    bool OutOfHours = false);
