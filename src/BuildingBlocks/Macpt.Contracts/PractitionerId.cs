namespace Macpt.Contracts;

/// <summary>
/// A practitioner's id (an LCPP, a chair, a school's designated lead): a short token from the council's
/// directory, never a name, so it is safe to store beside decisions and to log.
/// </summary>
public static class PractitionerId
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
