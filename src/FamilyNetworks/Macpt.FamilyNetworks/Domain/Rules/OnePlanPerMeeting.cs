namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// A meeting makes one family plan; a later change is a revision of it, keeping the versions it replaces
/// (Families First Partnership guide: the family plan is reviewed and revised with the network).
/// The use case that agrees a plan asks whether the meeting already has one.
/// </summary>
public sealed class OnePlanPerMeeting(bool meetingHasAPlan) : BusinessRule("plan", RuleKind.Conflict)
{
    public override bool IsBroken() => meetingHasAPlan;
    public override string Message => "The meeting's plan has already been recorded: change it by revising the plan.";
}
