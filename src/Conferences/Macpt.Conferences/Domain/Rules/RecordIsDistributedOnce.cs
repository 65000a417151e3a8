using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>The record is distributed once, and the date it went out is kept for the timeliness figures.</summary>
public sealed class RecordIsDistributedOnce(ChildProtectionConference conference) : BusinessRule("distributedTo", RuleKind.Conflict)
{
    public override bool IsBroken() => conference.Record?.DistributedOn is not null;
    public override string Message => "The record has been distributed: a record is distributed once.";
}
