namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Pre-proceedings start from a legal planning meeting that decided on them (Public Law Outline 2014, PD12A: the letter
/// before proceedings follows the local authority's legal planning meeting); a meeting that decided to apply to court at
/// once, or on no legal action, starts none.
/// </summary>
public sealed class LegalPlanningMeetingDecidedOnPreProceedings(string decision) : BusinessRule("legalPlanningMeeting.decision")
{
    public override bool IsBroken() => decision != LegalPlanningDecisions.PreProceedings;
    public override string Message => "Pre-proceedings start only from a legal planning meeting that decided on pre-proceedings.";
}
