namespace Macpt.Contracts.Conferences;

/// <summary>A child protection plan started (<c>CPPstartDate</c>, equal to the ICPC date) under a category of abuse.</summary>
public sealed record ChildProtectionPlanStarted(
    Guid PlanId,
    Guid? ReferralId,
    string LaChildId,
    DateOnly StartDate,
    string CategoryOfAbuse,
    /// <summary>The first core group is due by (10 working days after the ICPC).</summary>
    DateOnly? FirstCoreGroupDue = null,
    /// <summary>The first review conference is due by (3 months after the ICPC).</summary>
    DateOnly? FirstReviewDue = null,
    /// <summary>The child's earlier plans in this authority (census <c>NumberOfPreviousCPP</c>).</summary>
    int NumberOfPreviousPlans = 0,
    /// <summary>The agencies in the core group: each may see the plan.</summary>
    IReadOnlyList<string>? Agencies = null);
