namespace Macpt.FamilyNetworks.Domain.Timescales;

/// <summary>An active family plan is due for review on its review date and every day after, until it is reviewed or ended.</summary>
public static class PlanReviewDue
{
    public static bool IsDue(DateOnly reviewDue, DateOnly today) => reviewDue <= today;
}
