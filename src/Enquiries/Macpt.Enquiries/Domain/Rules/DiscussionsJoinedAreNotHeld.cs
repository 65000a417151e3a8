using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// Siblings may be discussed together at one meeting, each keeping their own outcome (Working Together 2023,
/// ch. 4); a discussion already held cannot be pulled into another meeting.
/// </summary>
public sealed class DiscussionsJoinedAreNotHeld(IEnumerable<StrategyDiscussion> discussedWith) : BusinessRule("discussedWith", RuleKind.Conflict)
{
    public override bool IsBroken() => discussedWith.Any(d => d.Outcome is not null);
    public override string Message => "A discussion to convene together with this one has been held already.";
}
