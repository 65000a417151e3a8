namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>UPNunknown</c> codes (item N00135, schema type <c>unknownupntype</c>, CIN schema
/// 2024 and the 2025-26 derived schema): the reason a child has no UPN.
/// </summary>
/// <remarks>
/// The schema lists UN1 to UN7 with no descriptions, and shared/domain/codes.md gives only UN7.
/// <see cref="KnownDescriptions"/> therefore holds only the meanings found in a source: UN1 from
/// the open-source CIN validator (rule 8770Q: "Child is not of school age"; not confirmed against
/// the DfE specification) and UN7 from codes.md and census rule 8772. UN2 to UN6 are valid codes
/// whose meanings are not recorded here.
/// </remarks>
public static class UpnUnknownReasons
{
    /// <summary>UN1: the child is not of school age (validator rule 8770Q; not confirmed against the DfE specification).</summary>
    public const string NotOfSchoolAge = "UN1";

    /// <summary>UN7: referral with no further action (codes.md; census rule 8772: every CIN episode must then have <c>ReferralNFA</c> true).</summary>
    public const string ReferralWithNoFurtherAction = "UN7";

    public static IReadOnlyList<string> All { get; } = ["UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7"];

    /// <summary>Meanings found in a source; UN2 to UN6 have none (see the remarks).</summary>
    public static IReadOnlyDictionary<string, string> KnownDescriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NotOfSchoolAge] = "Child is not of school age",
        [ReferralWithNoFurtherAction] = "Referral with no further action",
    };

    public static bool IsValid(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
