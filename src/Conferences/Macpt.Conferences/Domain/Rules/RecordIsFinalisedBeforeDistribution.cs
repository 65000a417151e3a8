using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The chair finalises the record before it is distributed to the participants (Working Together 2023, ch. 4).</summary>
public sealed class RecordIsFinalisedBeforeDistribution(ChildProtectionConference conference) : BusinessRule("distributedTo", RuleKind.Conflict)
{
    public override bool IsBroken() => conference.Record is null;
    public override string Message => "The record is not finalised: the chair finalises the record before it is distributed.";
}
