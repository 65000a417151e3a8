namespace Macpt.Conferences.Domain;

/// <summary>
/// What an initial conference that needs a plan decides: the category of abuse (CIN census code), the
/// outline plan, the core group and the dates of the first core group and the first review conference.
/// </summary>
public sealed record PlanDecision(
    string CategoryOfAbuse,
    OutlinePlan OutlinePlan,
    List<CoreGroupMember> CoreGroup,
    DateOnly FirstCoreGroupOn,
    DateOnly FirstReviewOn)
{
    private PlanDecision() : this("", null!, [], default, default) { }
}

/// <summary>The outline child protection plan: the outcomes sought and the actions, each with an owner agency and a date.</summary>
public sealed record OutlinePlan(List<PlanOutcome> Outcomes, List<PlanAction> Actions)
{
    private OutlinePlan() : this([], []) { }
}

public sealed record PlanOutcome(string Description);

public sealed record PlanAction(string Action, string OwnerAgency, DateOnly DueBy);

/// <summary>
/// A core group member by practitioner id. The key worker is the Family Help lead practitioner; the
/// allocated LCPP is a member too.
/// </summary>
public sealed record CoreGroupMember(string PractitionerId, string Agency, string Role, bool KeyWorker);

public static class CoreGroupRoles
{
    public const string FamilyHelpLead = "family-help-lead";
    public const string Lcpp = "lcpp";
    public const string Member = "member";

    public static IReadOnlyList<string> All { get; } = [FamilyHelpLead, Lcpp, Member];
}
