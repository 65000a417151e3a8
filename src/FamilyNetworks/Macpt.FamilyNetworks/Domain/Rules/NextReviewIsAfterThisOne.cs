namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A review that keeps the plan sets the next one, after this one: the plan stays under review while it is
/// active (Families First Partnership guide: who checks, and when).
/// </summary>
public sealed class NextReviewIsAfterThisOne(DateOnly reviewedOn, DateOnly nextReviewDue) : BusinessRule("nextReviewDue")
{
    public override bool IsBroken() => nextReviewDue <= reviewedOn;
    public override string Message => "The next review is due after this one.";
}
