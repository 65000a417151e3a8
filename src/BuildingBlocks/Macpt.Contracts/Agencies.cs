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
    public const string YouthJustice = "youth-justice";
    public const string Housing = "housing";
    /// <summary>The person or agency that referred, at a strategy discussion, when not one of the others.</summary>
    public const string Referrer = "referrer";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [LocalAuthority, Police, Health, Education, FamilyHelp, Probation, YouthJustice, Housing, Referrer, Other];

    /// <summary>The agencies whose systems call the gateway: the council and the three statutory partners' portals.</summary>
    public static IReadOnlyList<string> Callers { get; } = [LocalAuthority, Police, Health, Education];

    /// <summary>The statutory partner agencies with portals of their own (police, health, education).</summary>
    public static IReadOnlyList<string> Partners { get; } = [Police, Health, Education];

    /// <summary>
    /// The agencies a Section 47 enquiry asks for checks: the statutory partners and the other designated agencies of a
    /// MACPT (probation, youth justice, housing; Children's Wellbeing and Schools Act 2026 s.3, shared/domain/peers.md and
    /// timescales.md §2; Working Together 2023, ch. 2). A health check names its service (<see cref="HealthServices"/>).
    /// </summary>
    public static IReadOnlyList<string> Checks { get; } = [Police, Health, Education, Probation, YouthJustice, Housing];

    /// <summary>
    /// The health services a check goes to, each a separate check with its own answer: the GP, the health visitor, the
    /// school nurse, CAMHS and midwifery (each holds its own record of the child; Working Together 2023, ch. 2).
    /// </summary>
    public static class HealthServices
    {
        public const string Gp = "gp";
        public const string HealthVisitor = "health-visitor";
        public const string SchoolNurse = "school-nurse";
        public const string Camhs = "camhs";
        public const string Midwifery = "midwifery";

        public static IReadOnlyList<string> All { get; } = [Gp, HealthVisitor, SchoolNurse, Camhs, Midwifery];
    }

    /// <summary>Who takes part in a strategy discussion (Working Together 2023, ch. 4, para 159).</summary>
    public static IReadOnlyList<string> StrategyDiscussion { get; } = [LocalAuthority, Police, Health, Education, Referrer, FamilyHelp, Other];

    /// <summary>Who takes part in conferences and core groups (Working Together 2023, ch. 4).</summary>
    public static IReadOnlyList<string> Conference { get; } = [LocalAuthority, Police, Health, Education, FamilyHelp, Probation, YouthJustice, Housing, Other];

    /// <summary>Who asks the MACPT for a case consultation: practitioners outside the MACPT.</summary>
    public static IReadOnlyList<string> Consulting { get; } = [FamilyHelp, Education, Health, Police, Other];
}
