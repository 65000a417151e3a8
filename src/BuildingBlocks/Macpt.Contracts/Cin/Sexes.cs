namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>Sex</c> codes (N00783, schema type <c>sextype</c>: M, F, U), recorded from the 2024-25 census on in
/// place of <c>GenderCurrent</c> (N00007, codes 0/1/2/9; shared/domain/codes.md §1; CIN schema 2025-26 derived).
/// </summary>
public static class Sexes
{
    public const string Male = "M";
    public const string Female = "F";
    /// <summary>Not known, not recorded, indeterminate, or an unborn child.</summary>
    public const string Unknown = "U";

    public static IReadOnlyList<string> All { get; } = [Male, Female, Unknown];

    public static bool IsValid(string? code) => code is not null && All.Contains(code);

    /// <summary>
    /// The census's old <c>GenderCurrent</c> codes (CIN schema 2024 <c>gendertype</c>), accepted from a caller during the
    /// transition and mapped once to <see cref="Sexes"/>: 1 male → M, 2 female → F, 0 not recorded or unborn and 9
    /// indeterminate → U. The referrals migration <c>SexNotGender</c> maps stored values the same way.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FromGenderCurrent { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1"] = Male,
        ["2"] = Female,
        ["0"] = Unknown,
        ["9"] = Unknown,
    };
}
