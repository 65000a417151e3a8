namespace Macpt.Rules;

/// <summary>
/// An exit from the child protection process that leaves a need steps the case down to Family Help: it is handed to a
/// named Family Help lead on a handover day, not closed (Working Together 2023, ch. 3 and 4). The lead and the day are
/// required (422 naming the missing one), and the handover is not before the (London) day of the exit. The one rule for
/// every service whose decision is such an exit (a referral's family-help decision, a Section 47 with no conference).
/// </summary>
public sealed class StepDownNamesTheFamilyHelpLead(string? familyHelpLeadId, DateOnly? handoverDate, DateOnly exitOn) : IBusinessRule
{
    public bool IsBroken() => familyHelpLeadId is null || handoverDate is null || handoverDate < exitOn;

    public string Field => familyHelpLeadId is null ? "familyHelpLeadId" : "handoverDate";

    public string Message => familyHelpLeadId is null ? "A step-down to Family Help names the Family Help lead who takes the case."
        : handoverDate is null ? "A step-down to Family Help names the day the case is handed over."
        : "The handover to Family Help is dated before the decision that ends child protection.";

    public RuleKind Kind => RuleKind.Unprocessable;
}
