namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>Ethnicity</c> codes (schema type <c>ethnicitytype</c>, CIN schema 2024 and the
/// 2025-26 derived schema), with the schema's own descriptions, in the schema's order.
/// Codes are case-sensitive, as schema enumerations are.
/// </summary>
public static class Ethnicities
{
    public const string Refused = "REFU";
    public const string NotYetObtained = "NOBT";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WBRI"] = "White British",
        ["WIRI"] = "White Irish",
        ["WIRT"] = "Traveller of Irish heritage",
        ["WOTH"] = "Any other White background",
        ["WROM"] = "Gypsy/Roma",
        ["MWBC"] = "White and Black Caribbean",
        ["MWBA"] = "White and Black African",
        ["MWAS"] = "White and Asian",
        ["MOTH"] = "Any other mixed background",
        ["AIND"] = "Indian",
        ["APKN"] = "Pakistani",
        ["ABAN"] = "Bangladeshi",
        ["AOTH"] = "Any other Asian background",
        ["BCRB"] = "Caribbean",
        ["BAFR"] = "African",
        ["BOTH"] = "Any other black background",
        ["CHNE"] = "Chinese",
        ["OOTH"] = "Any other ethnic group",
        [Refused] = "Refused",
        [NotYetObtained] = "Information not yet obtained",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
