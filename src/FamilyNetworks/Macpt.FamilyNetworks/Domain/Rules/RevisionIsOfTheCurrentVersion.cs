namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A revision names the version it replaces, and that is the current one: a revision made from a stale copy
/// would silently drop the safeguards agreed since. Source: local recording practice.
/// </summary>
public sealed class RevisionIsOfTheCurrentVersion(FamilyPlan plan, int revisesVersion) : BusinessRule("revisesVersion", RuleKind.Conflict)
{
    public override bool IsBroken() => revisesVersion != plan.Version;
    public override string Message => "The plan has changed since the version this revises: read it again before revising.";
}
