using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// The date a strategy discussion was held is the census <c>S47ActualStartDate</c> and day 0 of the ICPC
/// target (Working Together 2023, ch. 4), so it is not dated before the day (London) it was scheduled for.
/// </summary>
public sealed class DiscussionIsNotHeldBeforeItWasScheduled(StrategyDiscussion discussion, DateOnly heldOn) : BusinessRule("heldOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => discussion.ScheduledFor is { } scheduled && heldOn < LondonClock.ToLondonDate(scheduled);
    public override string Message => "The outcome is dated before the discussion was scheduled to take place.";
}
