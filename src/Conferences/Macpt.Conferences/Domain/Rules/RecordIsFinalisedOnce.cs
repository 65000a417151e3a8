using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The chair finalises the conference record once; what was distributed is what was finalised.</summary>
public sealed class RecordIsFinalisedOnce(ChildProtectionConference conference) : BusinessRule("finalisedBy", RuleKind.Conflict)
{
    public override bool IsBroken() => conference.Record is not null;
    public override string Message => "The record is already finalised: a record is finalised once.";
}
