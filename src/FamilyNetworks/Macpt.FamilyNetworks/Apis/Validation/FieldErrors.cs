using Macpt.Contracts;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>Checks shared by the request rules. Messages name what is wrong, never the value sent.</summary>
internal static class FieldErrors
{
    public static void Practitioner(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors[field] = ["The practitioner's id is required."];
        else if (!PractitionerId.IsValid(id)) errors[field] = ["The practitioner's id must be a short id (letters, digits, - _ .)."];
    }

    public static void Text(string? text, string field, int max, string what, Dictionary<string, string[]> errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors[field] = [$"{what} is required."];
        }
        else if (text.Length > max) errors[field] = [$"{what} is longer than {max} characters."];
    }

    public static void Code(string? code, IReadOnlyList<string> allowed, string field, string what, Dictionary<string, string[]> errors)
    {
        if (code is null || !allowed.Contains(code)) errors[field] = [$"{what} must be one of: {string.Join(", ", allowed)}."];
    }

    public static void Required<T>(T? value, string field, string what, Dictionary<string, string[]> errors) where T : struct
    {
        if (value is null) errors[field] = [$"{what} is required."];
    }
}
