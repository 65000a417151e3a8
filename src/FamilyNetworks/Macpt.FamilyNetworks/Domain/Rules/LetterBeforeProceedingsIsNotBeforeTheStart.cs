namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// CIN census 2026-27 rule 9006: the letter before proceedings (<c>LBPSentDate</c>) is sent on or after the pre-proceedings
/// start (<c>PPStartDate</c>). Source: codes.md "Pre-proceedings and FGDM (2026-27)".
/// </summary>
public sealed class LetterBeforeProceedingsIsNotBeforeTheStart(DateOnly startDate, DateOnly sentOn) : BusinessRule("sentOn")
{
    public override bool IsBroken() => sentOn < startDate;
    public override string Message => "The letter before proceedings is dated before pre-proceedings started (rule 9006).";
}
