namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A family plan is agreed at or after the meeting (a revision at or after the version it replaces), not
/// in the future, and is reviewed after the day it is agreed.
/// </summary>
public static class PlanDatesRule
{
    public static RuleBreach? Check(DateOnly agreedOn, DateOnly reviewDue, DateOnly notBefore, DateOnly today)
    {
        if (RecordedDate.NotInFuture("agreedOn", agreedOn, today) is { } future) return future;
        if (agreedOn < notBefore) return new RuleBreach("agreedOn", "The plan is dated before the meeting or version it follows.");
        if (reviewDue <= agreedOn) return new RuleBreach("reviewDue", "The plan's review is due after the day it is agreed.");
        return null;
    }
}
