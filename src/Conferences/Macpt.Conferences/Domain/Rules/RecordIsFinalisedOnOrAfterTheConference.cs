using Macpt.Rules;

namespace Macpt.Conferences.Domain.Rules;

/// <summary>A conference record is finalised on or after the day of the conference it records.</summary>
public sealed class RecordIsFinalisedOnOrAfterTheConference(ChildProtectionConference conference, DateOnly finalisedOn) : BusinessRule("finalisedOn")
{
    public override bool IsBroken() => finalisedOn < conference.HeldOn;
    public override string Message => "The record is finalised on or after the day of the conference.";
}
