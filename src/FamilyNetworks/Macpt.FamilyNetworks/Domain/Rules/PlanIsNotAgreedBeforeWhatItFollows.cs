namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A family plan is agreed on or after the meeting that made it; a revision on or after the version it
/// replaces. Source: local recording practice.
/// </summary>
public sealed class PlanIsNotAgreedBeforeWhatItFollows(DateOnly agreedOn, DateOnly follows) : BusinessRule("agreedOn")
{
    public override bool IsBroken() => agreedOn < follows;
    public override string Message => "The plan is dated before the meeting or version it follows.";
}
