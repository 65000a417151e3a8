namespace Macpt.Conferences.Tests;

/// <summary>Rule checks answer field → messages; these assert on the field names only.</summary>
internal static class RuleAssert
{
    public static void Accepted(Dictionary<string, string[]> errors) =>
        Assert.True(errors.Count == 0, $"Expected no errors, got: {string.Join(", ", errors.Keys)}");

    /// <summary>Exactly these fields are refused, nothing else.</summary>
    public static void Refused(Dictionary<string, string[]> errors, params string[] fields)
    {
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.NotEmpty(Assert.Single(messages)));
    }
}
