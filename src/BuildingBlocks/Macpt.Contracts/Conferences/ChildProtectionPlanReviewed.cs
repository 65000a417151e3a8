namespace Macpt.Contracts.Conferences;

/// <summary>
/// A review conference considered a child protection plan: the latest category of abuse, and whether the
/// plan continues (with the next review due) or ends (a <see cref="ChildProtectionPlanEnded"/> follows).
/// </summary>
public sealed record ChildProtectionPlanReviewed(
    Guid PlanId,
    Guid ConferenceId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly ReviewedOn,
    string LatestCategoryOfAbuse,
    bool PlanContinues,
    DateOnly? NextReviewDue,
    /// <summary>When this review was due.</summary>
    DateOnly? ReviewDue = null);
