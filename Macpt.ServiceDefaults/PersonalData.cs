using Microsoft.Extensions.Compliance.Classification;

namespace Macpt.ServiceDefaults;

/// <summary>
/// The one data classification Macpt uses: personal data about a child or family (names, dates of birth,
/// addresses, NHS numbers, contact details, free text about a family). Anything so marked is erased whenever it
/// is logged (<see cref="Extensions.AddServiceDefaults"/> turns redaction on for every service).
/// </summary>
public static class MacptData
{
    public const string Taxonomy = "Macpt";

    public static DataClassification Personal { get; } = new(Taxonomy, nameof(Personal));
}

/// <summary>Marks a property or parameter as personal data: erased from logs, never exported.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(MacptData.Personal);
