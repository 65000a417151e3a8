namespace Macpt.Contracts.Cin;

/// <summary>The local authority's child id (<c>LAchildID</c>): at most 20 characters, letters and digits only (census rules 1570, 1580).</summary>
public static class LaChildId
{
    public const int MaxLength = 20;

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(char.IsAsciiLetterOrDigit);
}
