namespace Macpt.Referrals.Apis.Validation;

/// <summary>
/// Optional free text sent blank (front-door systems send "" for an empty field) is taken as not given, so it is
/// accepted as it always was rather than refused by <c>OptionalText</c>.
/// </summary>
internal static class Blank
{
    public static string? AsAbsent(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
