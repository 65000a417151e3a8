using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>
/// A conference's outcome is recorded once; once held, its case team and arrangements are history and are not
/// changed (Working Together 2023, ch. 4: the conference record is what was decided on the day).
/// <paramref name="field"/> is the field of the change refused.
/// </summary>
public sealed class HeldConferenceIsSettled(ChildProtectionConference conference, string field) : BusinessRule(field, RuleKind.Conflict)
{
    public override bool IsBroken() => conference.IsHeld;
    public override string Message => "The conference has been held: its outcome, case team and arrangements are not changed afterwards.";
}
