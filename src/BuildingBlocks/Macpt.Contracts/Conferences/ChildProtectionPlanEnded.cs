namespace Macpt.Contracts.Conferences;

/// <summary>A child protection plan ended (<c>CPPendDate</c>), with the reason as a code (<see cref="EndReasonCode"/>).</summary>
public sealed record ChildProtectionPlanEnded(
    Guid PlanId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly EndDate,
    string EndReasonCode,
    /// <summary>The plan's start date, so its length is known without the start event.</summary>
    DateOnly? StartDate = null);
