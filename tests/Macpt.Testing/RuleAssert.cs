using Macpt.Rules;
using Xunit;

namespace Macpt.Testing;

/// <summary>
/// Assertions for the two ways a request is refused: request validation (field → messages, 400) and a
/// business rule (one field, 409 or 422). They assert on field names and kinds, not on wording.
/// </summary>
public static class RuleAssert
{
    public static void Accepted(IReadOnlyDictionary<string, string[]> errors) =>
        Assert.True(errors.Count == 0, $"Expected no errors, got: {string.Join(", ", errors.Keys)}");

    /// <summary>Exactly these fields are refused, nothing else, each with one message.</summary>
    public static void Refused(IReadOnlyDictionary<string, string[]> errors, params string[] fields)
    {
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.NotEmpty(Assert.Single(messages)));
    }

    public static void Holds(IBusinessRule rule) =>
        Assert.False(rule.IsBroken(), $"{rule.GetType().Name} is broken: {rule.Field}");

    /// <summary>The rule is broken, on this field, with a message, and answers as this kind.</summary>
    public static void Broken(IBusinessRule rule, string field, RuleKind? kind = null)
    {
        Assert.True(rule.IsBroken(), $"{rule.GetType().Name} holds");
        Assert.Equal(field, rule.Field);
        Assert.False(string.IsNullOrWhiteSpace(rule.Message));
        if (kind is { } k) Assert.Equal(k, rule.Kind);
    }

    /// <summary>The aggregate refuses with the named rule, on this field.</summary>
    public static RuleBrokenException Refuses<TRule>(Action act, string field) where TRule : IBusinessRule
    {
        var e = Assert.Throws<RuleBrokenException>(act);
        Assert.Equal(typeof(TRule).Name, e.RuleName);
        Assert.Equal(field, e.Field);
        return e;
    }
}
