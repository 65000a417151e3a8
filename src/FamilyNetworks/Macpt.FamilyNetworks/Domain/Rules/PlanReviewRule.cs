namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Which plans are due for review (the review date is today or past), and when a review can be
/// recorded: after the plan's current version was agreed, not in the future, with the next review after it.
/// </summary>
public static class PlanReviewRule
{
    public static bool IsDue(DateOnly reviewDue, DateOnly today) => reviewDue <= today;

    public static RuleBreach? Check(FamilyPlan plan, DateOnly reviewedOn, DateOnly nextReviewDue, DateOnly today)
    {
        if (RecordedDate.NotInFuture("reviewedOn", reviewedOn, today) is { } future) return future;
        if (reviewedOn < plan.AgreedOn) return new RuleBreach("reviewedOn", "The review is dated before the plan was agreed.");
        if (nextReviewDue <= reviewedOn) return new RuleBreach("nextReviewDue", "The next review is due after this one.");
        return null;
    }
}
