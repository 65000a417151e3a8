namespace Macpt.Contracts.Conferences;

/// <summary>
/// A child protection plan's next review conference was brought forward: new concerns (a completed Section 47,
/// <see cref="EnquiryId"/>, needing a conference while the child is on the plan: no initial conference follows) or the
/// birth of a pre-birth plan's child. <see cref="ReasonCode"/> is <c>new-concerns</c> or <c>birth</c>.
/// </summary>
public sealed record ReviewConferenceBroughtForward(
    Guid ConferenceId,
    Guid PlanId,
    Guid? ReferralId,
    string LaChildId,
    Guid? EnquiryId,
    DateOnly PreviousTargetDate,
    DateOnly TargetDate,
    string ReasonCode);
