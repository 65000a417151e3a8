namespace Macpt.Contracts.Conferences;

/// <summary>A child protection plan started (<c>CPPstartDate</c>, equal to the ICPC date) under a category of abuse.</summary>
public sealed record ChildProtectionPlanStarted(
    Guid PlanId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly StartDate,
    string CategoryOfAbuse);
