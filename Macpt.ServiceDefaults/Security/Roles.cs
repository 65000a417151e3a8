namespace Macpt.ServiceDefaults.Security;

/// <summary>
/// The practitioners' roles (issue "Who is acting"). A role says what a person may do; their agency says
/// which records they may see. A system (a front door or partner portal) has no role: it acts as its agency.
/// </summary>
public static class Roles
{
    /// <summary>Lead Child Protection Practitioner: decides referrals and threshold decisions.</summary>
    public const string Lcpp = "lcpp";
    public const string SocialWorker = "social-worker";
    public const string TeamManager = "team-manager";
    public const string ConferenceChair = "conference-chair";
    public const string BusinessSupport = "business-support";
    public const string PoliceOfficer = "police-officer";
    public const string HealthProfessional = "health-professional";
    public const string EducationSafeguardingLead = "education-safeguarding-lead";
    public const string FamilyNetworkCoordinator = "family-network-coordinator";
    public const string AdvocacyCoordinator = "advocacy-coordinator";
    public const string Ops = "ops";
    public const string Auditor = "auditor";

    public static IReadOnlyList<string> All { get; } =
    [
        Lcpp, SocialWorker, TeamManager, ConferenceChair, BusinessSupport, PoliceOfficer, HealthProfessional,
        EducationSafeguardingLead, FamilyNetworkCoordinator, AdvocacyCoordinator, Ops, Auditor,
    ];

    /// <summary>The roles whose holders must carry a Social Work England registration number.</summary>
    public static IReadOnlyList<string> Registered { get; } = [Lcpp, SocialWorker, TeamManager, ConferenceChair];
}
