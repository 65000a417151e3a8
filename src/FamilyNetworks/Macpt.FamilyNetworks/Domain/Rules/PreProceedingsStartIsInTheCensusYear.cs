namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// CIN census 2026-27 rule 9005 (start in year): <c>PPStartDate</c> falls on or before the end of the census year it is
/// returned in. The year being recorded has not ended, so on a write the start is today or earlier (London).
/// Source: codes.md "Pre-proceedings and FGDM (2026-27)", validator branch <c>pre-proceedings-rules</c>.
/// </summary>
public sealed class PreProceedingsStartIsInTheCensusYear(DateOnly startDate, DateOnly today) : BusinessRule("startDate")
{
    public override bool IsBroken() => startDate > today;
    public override string Message => "The pre-proceedings start is after today: it must fall in the census year being recorded (rule 9005).";
}
