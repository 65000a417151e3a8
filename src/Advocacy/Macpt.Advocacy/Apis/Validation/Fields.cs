using Macpt.Contracts;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>Checks shared by the request rules. Messages name the field's rule, never echo its value.</summary>
internal static class Fields
{
    public static void Practitioner(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (!PractitionerId.IsValid(id)) errors[field] = ["The practitioner's id is required (letters, digits, - _ .)."];
    }

    public static void Required(string? text, int maxLength, string field, string what, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors[field] = [$"{what} is required."];
        else if (text.Trim().Length > maxLength) errors[field] = [$"{what} is longer than {maxLength} characters."];
    }

    public static void Optional(string? text, int maxLength, string field, Dictionary<string, string[]> errors)
    {
        if (text is not null && text.Trim().Length > maxLength) errors[field] = [$"This is longer than {maxLength} characters."];
    }

    public static void OneOf(string? code, IReadOnlyList<string> codes, string field, Dictionary<string, string[]> errors)
    {
        if (code is null || !codes.Contains(code)) errors[field] = [$"This must be one of: {string.Join(", ", codes)}."];
    }

    public static void NotFuture(DateOnly? date, DateOnly today, string field, string what, Dictionary<string, string[]> errors)
    {
        if (date is not { } d) errors[field] = [$"{what} is required."];
        else if (d > today) errors[field] = [$"{what} is in the future."];
    }
}
