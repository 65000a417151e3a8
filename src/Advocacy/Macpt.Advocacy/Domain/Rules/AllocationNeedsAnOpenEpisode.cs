using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>
/// An advocate supports a parent through a child protection episode; once the plan has ended (step-down,
/// Working Together 2023, ch. 4) no advocate is allocated for it.
/// </summary>
public sealed class AllocationNeedsAnOpenEpisode(Episode episode) : BusinessRule("status", RuleKind.Conflict)
{
    public override bool IsBroken() => !episode.IsOpen;
    public override string Message => "The episode has ended.";
}
