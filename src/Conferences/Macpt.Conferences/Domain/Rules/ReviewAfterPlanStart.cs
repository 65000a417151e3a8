namespace Macpt.Conferences.Domain.Rules;

/// <summary>A review conference is after the day the plan started (census error 8841: a review on or before the start).</summary>
public static class ReviewAfterPlanStart
{
    public const string Message = "A review conference is after the day the plan started.";

    public static bool IsBroken(DateOnly reviewDate, DateOnly planStart) => reviewDate <= planStart;
}
