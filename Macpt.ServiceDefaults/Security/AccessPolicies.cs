using Macpt.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace Macpt.ServiceDefaults.Security;

/// <summary>
/// Who may call what: each endpoint names one policy (<c>.RequireAuthorization(AccessPolicies.X)</c>), and each
/// policy admits the systems of some agencies and practitioners holding some roles. This table is the one
/// source: <c>docs/security.md</c> shows it (a test keeps the two the same), and each service's OpenAPI
/// document names every operation's policy (<c>x-macpt-policy</c>). Which records an admitted partner sees
/// is decided by each service (object-level, 404 otherwise).
/// </summary>
public static class AccessPolicies
{
    public const string Refer = "refer";
    public const string Consult = "consult";
    public const string AnswerConsultation = "answer-consultation";
    public const string ReadReferrals = "read-referrals";
    public const string DecideReferral = "decide-referral";
    public const string CaseWork = "case-work";
    public const string ThresholdDecision = "threshold-decision";
    public const string AgencyChecks = "agency-checks";
    public const string PartnerView = "partner-view";
    public const string ArrangeConference = "arrange-conference";
    public const string ChairConference = "chair-conference";
    public const string ReadConferences = "read-conferences";
    public const string FamilyNetworks = "family-networks";
    public const string Advocacy = "advocacy";
    public const string Ops = "ops";
    public const string Audit = "audit";
    public const string Escalate = "escalate";
    public const string Timeline = "timeline";
    public const string Timeliness = "timeliness";
    public const string WorkList = "work-list";

    private static readonly string[] Partners = [Agencies.Police, Agencies.Health, Agencies.Education];
    private static readonly string[] AllCallers = [Agencies.LocalAuthority, .. Partners];
    private static readonly string[] PartnerRoles = [Roles.PoliceOfficer, Roles.HealthProfessional, Roles.EducationSafeguardingLead];
    /// <summary>The MACPT's own case holders.</summary>
    private static readonly string[] CaseHolders = [Roles.Lcpp, Roles.SocialWorker, Roles.TeamManager];

    /// <summary>Each policy: the agencies whose systems it admits, and the roles whose holders it admits.</summary>
    public static IReadOnlyDictionary<string, Grant> Table { get; } = new Dictionary<string, Grant>
    {
        // The front door and partner portals refer; so do case holders and partner practitioners.
        [Refer] = new(AllCallers, [.. CaseHolders, .. PartnerRoles]),
        // Practitioners outside the MACPT (partners, the council's Family Help) ask for a case consultation;
        // the LCPP who answers reads it too.
        [Consult] = new(AllCallers, [.. CaseHolders, .. PartnerRoles]),
        [AnswerConsultation] = new([], [Roles.Lcpp]),
        [ReadReferrals] = new([], CaseHolders),
        // Only an LCPP decides what happens to a referral (Working Together 2023, ch. 4: the LCPP role).
        [DecideReferral] = new([], [Roles.Lcpp]),
        [CaseWork] = new([], CaseHolders),
        // The threshold decision at a strategy discussion is the LCPP's.
        [ThresholdDecision] = new([], [Roles.Lcpp]),
        // The checks a Section 47 enquiry asks of a partner: read and answered by that partner (object-level).
        [AgencyChecks] = new(Partners, [.. CaseHolders, .. PartnerRoles]),
        // What a partner was part of: discussions it attended, plans whose core group includes it (object-level).
        [PartnerView] = new(Partners, [.. CaseHolders, Roles.ConferenceChair, .. PartnerRoles]),
        [ArrangeConference] = new([], [Roles.BusinessSupport, Roles.ConferenceChair]),
        [ChairConference] = new([], [Roles.ConferenceChair]),
        [ReadConferences] = new([], [.. CaseHolders, Roles.ConferenceChair, Roles.BusinessSupport]),
        [FamilyNetworks] = new([], [.. CaseHolders, Roles.FamilyNetworkCoordinator]),
        [Advocacy] = new([], [.. CaseHolders, Roles.AdvocacyCoordinator]),
        [Ops] = new([], [Roles.Ops]),
        [Audit] = new([], [Roles.Auditor]),
        // A professional disagreement is a practitioner's, in any agency, and answered by practitioners (object-level).
        [Escalate] = new([], [.. CaseHolders, Roles.ConferenceChair, .. PartnerRoles]),
        // One child's timeline across the services: every practitioner who works the case and the auditors; partners
        // see only the steps they are part of (object-level, issue 17).
        [Timeline] = new(Partners, [.. CaseHolders, Roles.ConferenceChair, Roles.BusinessSupport, Roles.FamilyNetworkCoordinator, Roles.AdvocacyCoordinator,
            Roles.Auditor, .. PartnerRoles]),
        // The timeliness figures: the MACPT's managers, operations and the auditors.
        [Timeliness] = new([], [Roles.Lcpp, Roles.TeamManager, Roles.Ops, Roles.Auditor]),
        // The morning work list: everyone with statutory work to do; partners see only their own items.
        [WorkList] = new(Partners, [.. CaseHolders, Roles.ConferenceChair, Roles.BusinessSupport, Roles.FamilyNetworkCoordinator, Roles.AdvocacyCoordinator,
            .. PartnerRoles]),
    };

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, grant) in Table)
        {
            authorization.AddPolicy(name, policy => policy
                .Combine(MacptAuthentication.ActorPolicy)
                .RequireAssertion(c => Actor.From(c.User) is { } actor && grant.Admits(actor)));
        }
        return authorization;
    }
}

/// <summary>The systems (by agency) and practitioners (by role) one policy admits.</summary>
public sealed record Grant(IReadOnlyList<string> SystemAgencies, IReadOnlyList<string> Roles)
{
    public bool Admits(Actor actor) => actor.IsSystem
        ? SystemAgencies.Contains(actor.Agency)
        : Roles.Any(actor.Holds);
}
