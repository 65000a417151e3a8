using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A language as an ISO 639-1 or 639-3 code in lower case ("en", "cy", "pl", "ur", "prs").</summary>
public static class LanguageCode
{
    public const string Message = "This must be a language as an ISO 639 code in lower case (en, cy, pl, ur…).";

    public static bool IsValid(string? code) => code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower);

    /// <summary>Required (unless <paramref name="required"/> is false) and a valid code.</summary>
    public static bool Check(RequestErrors errors, string field, string? code, bool required = true)
    {
        if (code is null) return !required || errors.Required(field, code);
        if (IsValid(code)) return true;
        errors.Add(field, Message);
        return false;
    }
}
