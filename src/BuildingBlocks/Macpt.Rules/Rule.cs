namespace Macpt.Rules;

public static class Rule
{
    /// <summary>Raises <see cref="RuleBrokenException"/> when the rule is broken; the one way an aggregate refuses.</summary>
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken()) throw new RuleBrokenException(rule);
    }

    /// <summary>Checks each rule in order and raises for the first broken one.</summary>
    public static void Check(params ReadOnlySpan<IBusinessRule> rules)
    {
        foreach (var rule in rules) Check(rule);
    }
}
