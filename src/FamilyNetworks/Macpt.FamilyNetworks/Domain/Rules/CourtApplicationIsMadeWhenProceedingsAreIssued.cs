namespace Macpt.FamilyNetworks.Domain.Rules;

/// <summary>
/// Proceedings issued have a court application date (<c>CourtAppDate</c>), and pre-proceedings that ended without
/// proceedings have none, nor a letter of issue (<c>LetterInitCPDate</c>). Source: census 2026-27 <c>PreProceedingsandFGDM</c>
/// (codes.md); Children Act 1989 s.31ZA (the application follows the FGDM meeting).
/// </summary>
public sealed class CourtApplicationIsMadeWhenProceedingsAreIssued(PreProceedingsOutcome outcome) : IBusinessRule
{
    private bool Issued => outcome.Outcome == PreProceedingsOutcomes.ProceedingsIssued;

    public bool IsBroken() => Issued ? outcome.CourtApplicationOn is null : outcome.CourtApplicationOn is not null || outcome.LetterOfIssueOn is not null;
    public string Field => !Issued && outcome.CourtApplicationOn is null ? "letterOfIssueOn" : "courtApplicationOn";
    public RuleKind Kind => RuleKind.Unprocessable;
    public string Message => Issued
        ? "Proceedings issued: the court application's date is required."
        : "No proceedings were issued: there is no court application or letter of issue.";
}
