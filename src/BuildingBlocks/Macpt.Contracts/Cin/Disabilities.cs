namespace Macpt.Contracts.Cin;

/// <summary>
/// CIN census <c>Disability</c> codes (schema type <c>disabilitytype</c>, CIN schema 2024 and the
/// 2025-26 derived schema; one or more per child under <c>Disabilities</c>), with the schema's own
/// descriptions, in the schema's order. Codes are case-sensitive.
/// </summary>
public static class Disabilities
{
    public const string None = "NONE";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [None] = "No disability",
        ["MOB"] = "Mobility",
        ["HAND"] = "Hand function",
        ["PC"] = "Personal care",
        ["INC"] = "Incontinence",
        ["COMM"] = "Communication",
        ["LD"] = "Learning",
        ["HEAR"] = "Hearing",
        ["VIS"] = "Vision",
        ["BEH"] = "Behaviour",
        ["CON"] = "Consciousness",
        ["AUT"] = "Autism",
        ["DDA"] = "Other",
    };

    public static bool IsValid(string? code) => code is not null && Descriptions.ContainsKey(code);
}
