using Macpt.Rules;

namespace Macpt.Advocacy.Domain.Rules;

/// <summary>Two parents are recorded as in conflict once (local recording rule).</summary>
/// <param name="alreadyRecorded">Whether the pair is already recorded (a query's answer).</param>
public sealed class ConflictIsRecordedOnce(bool alreadyRecorded) : BusinessRule("secondParentId", RuleKind.Conflict)
{
    public override bool IsBroken() => alreadyRecorded;
    public override string Message => "These two parents are already recorded as in conflict.";
}
