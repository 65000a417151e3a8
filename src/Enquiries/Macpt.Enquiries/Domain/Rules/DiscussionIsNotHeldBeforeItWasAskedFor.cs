using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion is held once there is reasonable cause to suspect significant harm (Working Together
/// 2023, ch. 4), so its date (the census <c>S47ActualStartDate</c>) is not before the day (London) it was asked for.
/// </summary>
public sealed class DiscussionIsNotHeldBeforeItWasAskedFor(StrategyDiscussion discussion, DateOnly heldOn) : BusinessRule("heldOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => heldOn < LondonClock.ToLondonDate(discussion.RequestedAt);
    public override string Message => "The outcome is dated before the discussion was asked for.";
}
