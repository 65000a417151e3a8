using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The conference record is written after the conference and is what it decided (Working Together 2023, ch. 4).</summary>
public sealed class RecordFollowsTheConference(ChildProtectionConference conference) : BusinessRule("finalisedOn", RuleKind.Conflict)
{
    public override bool IsBroken() => !conference.IsHeld;
    public override string Message => "The conference has not been held: a record is finalised after the conference.";
}
