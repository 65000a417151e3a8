namespace Macpt.Conferences.Domain;

/// <summary>The agencies that take part in child protection conferences and core groups (Working Together 2023, ch. 4).</summary>
public static class Agencies
{
    public const string LocalAuthority = "local-authority";
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";
    public const string FamilyHelp = "family-help";
    public const string Probation = "probation";
    public const string Housing = "housing";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [LocalAuthority, Police, Health, Education, FamilyHelp, Probation, Housing, Other];
}
