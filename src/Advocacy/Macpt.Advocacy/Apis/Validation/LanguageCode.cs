namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A language as an ISO 639-1 or 639-3 code in lower case ("en", "cy", "pl", "ur", "prs").</summary>
public static class LanguageCode
{
    public static bool IsValid(string? code) => code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower);
}
