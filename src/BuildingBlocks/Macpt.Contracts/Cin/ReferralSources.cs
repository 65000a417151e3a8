namespace Macpt.Contracts.Cin;

/// <summary>CIN census <c>ReferralSource</c> codes (CIN schema 2024; shared/domain/codes.md §3).</summary>
public static class ReferralSources
{
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1A"] = "Individual: family member, relative or carer",
        ["1B"] = "Individual: acquaintance (including neighbours and childminders)",
        ["1C"] = "Individual: self",
        ["1D"] = "Individual: other (including strangers)",
        ["2A"] = "Schools",
        ["2B"] = "Education services",
        ["3A"] = "Health services: GP",
        ["3B"] = "Health services: health visitor",
        ["3C"] = "Health services: school nurse",
        ["3D"] = "Health services: other primary health services",
        ["3E"] = "Health services: A&E",
        ["3F"] = "Health services: other",
        ["4"] = "Housing",
        ["5A"] = "LA services: social care",
        ["5B"] = "LA services: other internal",
        ["5C"] = "LA services: external",
        ["5D"] = "LA services: early help",
        ["6"] = "Police",
        ["7"] = "Other legal agency",
        ["8"] = "Other",
        ["9"] = "Anonymous",
        ["10"] = "Unknown",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
