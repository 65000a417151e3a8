namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A family plan says when it is next reviewed, after the day it is agreed: the local authority checks that
/// it still keeps the child safe (Families First Partnership guide: who checks, and when).
/// </summary>
public sealed class PlanIsReviewedAfterItIsAgreed(DateOnly agreedOn, DateOnly reviewDue) : BusinessRule("reviewDue")
{
    public override bool IsBroken() => reviewDue <= agreedOn;
    public override string Message => "The plan's review is due after the day it is agreed.";
}
