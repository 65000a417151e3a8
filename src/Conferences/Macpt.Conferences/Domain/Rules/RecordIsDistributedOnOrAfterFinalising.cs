using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A record is distributed on or after the day the chair finalised it.</summary>
public sealed class RecordIsDistributedOnOrAfterFinalising(ChildProtectionConference conference, DateOnly distributedOn) : BusinessRule("distributedOn")
{
    public override bool IsBroken() => conference.Record is { } record && distributedOn < record.FinalisedOn;
    public override string Message => "The record is distributed on or after the day it was finalised.";
}
