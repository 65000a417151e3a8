namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>Pre-proceedings start on or after the legal planning meeting that decided on them (Public Law Outline 2014, PD12A).</summary>
public sealed class PreProceedingsStartIsNotBeforeTheLegalPlanningMeeting(DateOnly startDate, DateOnly meetingOn) : BusinessRule("startDate")
{
    public override bool IsBroken() => startDate < meetingOn;
    public override string Message => "The pre-proceedings start is before the legal planning meeting that decided on them.";
}
