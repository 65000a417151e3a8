namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A plan ends on or after the day its current version was agreed, and not in the future.</summary>
public static class PlanEndRule
{
    public static RuleBreach? Check(FamilyPlan plan, DateOnly endedOn, DateOnly today)
    {
        if (RecordedDate.NotInFuture("endedOn", endedOn, today) is { } future) return future;
        if (endedOn < plan.AgreedOn) return new RuleBreach("endedOn", "The plan is ended before it was agreed.");
        return null;
    }
}
