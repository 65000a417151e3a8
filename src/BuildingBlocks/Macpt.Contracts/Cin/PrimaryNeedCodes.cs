namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>PrimaryNeedCode</c> codes N0 to N9 (schema type <c>primaryneedcodetype</c>,
/// CIN schema 2024 and the 2025-26 derived schema), with the schema's own descriptions, in the
/// schema's order (N1 … N9, then N0). Codes are case-sensitive.
/// </summary>
public static class PrimaryNeedCodes
{
    public const string AbuseOrNeglect = "N1";
    public const string ChildsDisability = "N2";
    public const string ParentalDisabilityOrIllness = "N3";
    public const string FamilyInAcuteStress = "N4";
    public const string FamilyDysfunction = "N5";
    public const string SociallyUnacceptableBehaviour = "N6";
    public const string LowIncome = "N7";
    public const string AbsentParenting = "N8";
    public const string CasesOtherThanChildrenInNeed = "N9";
    public const string NotStated = "N0";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AbuseOrNeglect] = "Abuse or neglect",
        [ChildsDisability] = "Child's disability",
        [ParentalDisabilityOrIllness] = "Parental disability or illness",
        [FamilyInAcuteStress] = "Family in acute stress",
        [FamilyDysfunction] = "Family dysfunction",
        [SociallyUnacceptableBehaviour] = "Socially unacceptable behaviour",
        [LowIncome] = "Low income",
        [AbsentParenting] = "Absent parenting",
        [CasesOtherThanChildrenInNeed] = "Cases other than children in need",
        [NotStated] = "Not stated",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
