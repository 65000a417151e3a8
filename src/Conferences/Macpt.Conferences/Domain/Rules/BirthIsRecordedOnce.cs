using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A child is born once: the birth of an unborn child's record is recorded once, and what it linked stays linked.</summary>
public sealed class BirthIsRecordedOnce(bool alreadyRecorded) : BusinessRule("dateOfBirth", RuleKind.Conflict)
{
    public override bool IsBroken() => alreadyRecorded;
    public override string Message => "The birth is already recorded for this unborn child.";
}
