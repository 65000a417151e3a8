namespace Macpt.Conferences.Domain.Rules;

/// <summary>A plan ends after the day it started (census errors 8840, same day; 8925, end before start).</summary>
public static class PlanEndsAfterStart
{
    public const string Message = "A plan ends after the day it started.";

    public static bool IsBroken(DateOnly endDate, DateOnly planStart) => endDate <= planStart;
}
