using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion's outcome is recorded after it was held: its date (the census <c>S47ActualStartDate</c> and
/// day 0 of the ICPC target, Working Together 2023, ch. 4; shared/domain/timescales.md §3 rule 4) is not after the
/// day (London) it is recorded.
/// </summary>
public sealed class DiscussionIsNotHeldInTheFuture(DateOnly heldOn, DateTimeOffset recordedAt) : BusinessRule("heldOn", RuleKind.Unprocessable)
{
    public override bool IsBroken() => heldOn > LondonClock.ToLondonDate(recordedAt);
    public override string Message => "The discussion is dated in the future; record it once it has been held, with the day it was held.";
}
