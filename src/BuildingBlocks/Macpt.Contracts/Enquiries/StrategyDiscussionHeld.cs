namespace Macpt.Contracts.Enquiries;

/// <summary>A strategy discussion was held and its threshold decision recorded (reasons stay in enquiries).</summary>
public sealed record StrategyDiscussionHeld(
    Guid StrategyDiscussionId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly HeldOn,
    bool Section47ThresholdMet);
