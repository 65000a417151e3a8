using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A core group meeting is recorded once: one meeting a date, so a resent record does not count twice towards the cadence.</summary>
public sealed class CoreGroupMeetingIsRecordedOnce(ChildProtectionPlan plan, DateOnly heldOn) : BusinessRule("heldOn", RuleKind.Conflict)
{
    public override bool IsBroken() => plan.CoreGroupMeetings.Any(m => m.HeldOn == heldOn);
    public override string Message => "A core group meeting is already recorded on that date: a meeting is recorded once.";
}
