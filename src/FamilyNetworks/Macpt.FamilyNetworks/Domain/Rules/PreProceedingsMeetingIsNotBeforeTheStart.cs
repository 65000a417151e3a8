namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>A pre-proceedings meeting is held on or after the pre-proceedings start (Public Law Outline 2014, PD12A; census <c>InitialPPMeetingDate</c>).</summary>
public sealed class PreProceedingsMeetingIsNotBeforeTheStart(DateOnly startDate, DateOnly heldOn) : BusinessRule("heldOn")
{
    public override bool IsBroken() => heldOn < startDate;
    public override string Message => "The meeting is dated before pre-proceedings started.";
}
