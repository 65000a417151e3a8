using Macpt.Rules;

namespace Macpt.Enquiries.Domain.Rules;

/// <summary>
/// A Section 47 enquiry completed with no conference steps the case down to Family Help: it is handed to a named Family
/// Help lead on a handover day, not closed (Working Together 2023, ch. 3 and 4: every exit that still leaves a need is
/// handed over; issue 16, "Step-down to Family Help after every exit"). The lead and the day are required (422 naming
/// the missing one), and the handover is not before the enquiry was completed.
/// </summary>
public sealed class StepDownNamesTheFamilyHelpLead(string? familyHelpLeadId, DateOnly? handoverDate, DateOnly completedOn) : IBusinessRule
{
    public bool IsBroken() => familyHelpLeadId is null || handoverDate is null || handoverDate < completedOn;

    public string Field => familyHelpLeadId is null ? "familyHelpLeadId" : "handoverDate";

    public string Message => familyHelpLeadId is null ? "A Section 47 enquiry with no conference steps down to Family Help: name the Family Help lead."
        : handoverDate is null ? "A Section 47 enquiry with no conference steps down to Family Help: name the day the case is handed over."
        : "The handover to Family Help is dated before the enquiry was completed.";

    public RuleKind Kind => RuleKind.Unprocessable;
}
