namespace Macpt.Rules;

/// <summary>
/// A rule refused a change. Carries the rule's own message (policy text, no personal data) and field,
/// which the problem mapper answers as 409 or 422.
/// </summary>
public sealed class RuleBrokenException(IBusinessRule rule) : Exception(rule.Message)
{
    public string RuleName { get; } = rule.GetType().Name;
    public string Field { get; } = rule.Field;
    public RuleKind Kind { get; } = rule.Kind;
}
