using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A strategy discussion may be convened again (moved) until it is held; once held it is not re-convened:
/// a new concern gets a new discussion (Working Together 2023, ch. 4).
/// </summary>
public sealed class HeldDiscussionIsNotReconvened(StrategyDiscussion discussion) : BusinessRule("scheduledFor", RuleKind.Conflict)
{
    public override bool IsBroken() => discussion.Outcome is not null;
    public override string Message => "The discussion has been held; a held discussion is not re-convened. Convene a new one for a new concern.";
}
