namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>ReasonForClosure</c> codes RC1 to RC9 (schema type <c>reasonforclosuretype</c>,
/// CIN schema 2024 and the 2025-26 derived schema), with the schema's own descriptions.
/// Codes are case-sensitive.
/// </summary>
public static class ReasonsForClosure
{
    public const string Adopted = "RC1";
    public const string Died = "RC2";
    public const string ChildArrangementsOrder = "RC3";
    public const string SpecialGuardianshipOrder = "RC4";
    public const string TransferredToAnotherLocalAuthority = "RC5";
    public const string TransferredToAdultSocialCare = "RC6";
    public const string ServicesCeasedForAnyOtherReason = "RC7";

    /// <summary>RC8: closed after assessment, no further action (census rule 2990: no later activity in the episode).</summary>
    public const string ClosedAfterAssessmentNoFurtherAction = "RC8";

    /// <summary>RC9: closed after assessment, referred to early help (census rule 2990 as for RC8).</summary>
    public const string ClosedAfterAssessmentReferredToEarlyHelp = "RC9";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Adopted] = "Adopted",
        [Died] = "Died",
        [ChildArrangementsOrder] = "Child arrangements order",
        [SpecialGuardianshipOrder] = "Special guardianship order",
        [TransferredToAnotherLocalAuthority] = "Transferred to services of another local authority",
        [TransferredToAdultSocialCare] = "Transferred to adult social care services",
        [ServicesCeasedForAnyOtherReason] = "Services ceased for any other reason, including child no longer in need",
        [ClosedAfterAssessmentNoFurtherAction] = "Case closed after assessment, no further action",
        [ClosedAfterAssessmentReferredToEarlyHelp] = "Case closed after assessment, referred to early help",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
