namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census category of abuse codes (schema type <c>categoryofabuse</c>, used by
/// <c>InitialCategoryOfAbuse</c> and <c>LatestCategoryOfAbuse</c> on a child protection plan,
/// CIN schema 2024 and the 2025-26 derived schema), with the schema's own descriptions. Also used
/// here for the suspected categories on a referral. Codes are case-sensitive.
/// </summary>
public static class CategoriesOfAbuse
{
    public const string Neglect = "NEG";
    public const string PhysicalAbuse = "PHY";
    public const string SexualAbuse = "SAB";
    public const string EmotionalAbuse = "EMO";
    public const string Multiple = "MUL";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Neglect] = "Neglect",
        [PhysicalAbuse] = "Physical abuse",
        [SexualAbuse] = "Sexual abuse",
        [EmotionalAbuse] = "Emotional abuse",
        [Multiple] = "Multiple/not recommended",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
