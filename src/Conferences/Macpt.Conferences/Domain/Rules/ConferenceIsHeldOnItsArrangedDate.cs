using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference is recorded on the date it was arranged for, so that the invitations, the timeliness figures and
/// the plan's start (CIN census rule 2885: the plan starts on the ICPC's date) agree; a conference that moved is re-arranged first.
/// </summary>
public sealed class ConferenceIsHeldOnItsArrangedDate(ChildProtectionConference conference, DateOnly heldOn) : BusinessRule("heldOn")
{
    public override bool IsBroken() => heldOn != conference.ScheduledFor;
    public override string Message => "The conference is recorded on its arranged date: re-arrange it first if it moved.";
}
