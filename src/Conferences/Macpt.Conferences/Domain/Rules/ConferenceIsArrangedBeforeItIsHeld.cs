using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A conference is arranged (date, independent chair, invitees) before its outcome is recorded (Working Together 2023, ch. 4).</summary>
public sealed class ConferenceIsArrangedBeforeItIsHeld(ChildProtectionConference conference) : BusinessRule("heldOn", RuleKind.Conflict)
{
    public override bool IsBroken() => conference.Arrangements is null;
    public override string Message => "The conference has not been arranged: arrange the date, chair and invitees before recording the outcome.";
}
