using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion's threshold decision (Children Act 1989 s.47; Working Together 2023, ch. 4) is
/// recorded once: a change of view is a new discussion, not a rewritten decision.
/// </summary>
public sealed class OutcomeIsRecordedOnce(StrategyDiscussion discussion) : BusinessRule("thresholdMet", RuleKind.Conflict)
{
    public override bool IsBroken() => discussion.Outcome is not null;
    public override string Message => "The discussion's threshold decision has already been recorded; it is recorded once.";
}
