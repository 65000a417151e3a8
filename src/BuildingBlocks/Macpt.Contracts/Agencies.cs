namespace Macpt.Contracts;

/// <summary>
/// The one agency code list. The council and its statutory safeguarding partners (police, health: the ICB;
/// Children Act 2004 s.16E) and the other agencies a MACPT works with (Working Together 2023, ch. 2 and 4).
/// Each use takes a named subset, so "education" is spelt one way everywhere.
/// </summary>
public static class Agencies
{
    public const string LocalAuthority = "local-authority";
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";
    public const string FamilyHelp = "family-help";
    public const string Probation = "probation";
    public const string Housing = "housing";
    /// <summary>The person or agency that referred, at a strategy discussion, when not one of the others.</summary>
    public const string Referrer = "referrer";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [LocalAuthority, Police, Health, Education, FamilyHelp, Probation, Housing, Referrer, Other];

    /// <summary>The agencies whose systems call the gateway: the council and the three statutory partners' portals.</summary>
    public static IReadOnlyList<string> Callers { get; } = [LocalAuthority, Police, Health, Education];

    /// <summary>The partner agencies a Section 47 enquiry asks for checks.</summary>
    public static IReadOnlyList<string> Partners { get; } = [Police, Health, Education];

    /// <summary>Who takes part in a strategy discussion (Working Together 2023, ch. 4, para 159).</summary>
    public static IReadOnlyList<string> StrategyDiscussion { get; } = [LocalAuthority, Police, Health, Education, Referrer, FamilyHelp, Other];

    /// <summary>Who takes part in conferences and core groups (Working Together 2023, ch. 4).</summary>
    public static IReadOnlyList<string> Conference { get; } = [LocalAuthority, Police, Health, Education, FamilyHelp, Probation, Housing, Other];

    /// <summary>Who asks the MACPT for a case consultation: practitioners outside the MACPT.</summary>
    public static IReadOnlyList<string> Consulting { get; } = [FamilyHelp, Education, Health, Police, Other];
}
