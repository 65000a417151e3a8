namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>Something recorded as done cannot be dated in the future (London's today).</summary>
public static class RecordedDate
{
    public static RuleBreach? NotInFuture(string field, DateOnly date, DateOnly today) =>
        date > today ? new RuleBreach(field, "The date is in the future: record what has happened, once it has.") : null;
}
