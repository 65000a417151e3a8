using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>A parent gives one view of each stage of an episode, so the service figure counts each parent once (local policy).</summary>
/// <param name="alreadyGiven">Whether feedback on the stage is already recorded for the offer (a query's answer).</param>
public sealed class FeedbackIsGivenOncePerStage(bool alreadyGiven) : BusinessRule("stage", RuleKind.Conflict)
{
    public override bool IsBroken() => alreadyGiven;
    public override string Message => "Feedback on this stage is already recorded for the parent.";
}
