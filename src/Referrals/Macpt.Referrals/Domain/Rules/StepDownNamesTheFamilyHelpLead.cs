using Macpt.Rules;
using Macpt.WorkingDays;

namespace Macpt.Referrals.Domain.Rules;

/// <summary>
/// A referral decided "no further action under child protection, Family Help" steps the case down to Family Help: it
/// is handed to a named Family Help lead on a handover day, not closed (Working Together 2023, ch. 3 and 4: every exit
/// that still leaves a need is handed over; issue 16, "Step-down to Family Help after every exit"). The lead and the
/// day are required (422 naming the missing one), and the handover is not before the day (London) it was decided.
/// </summary>
public sealed class StepDownNamesTheFamilyHelpLead(string? familyHelpLeadId, DateOnly? handoverDate, DateTimeOffset decidedAt) : IBusinessRule
{
    public bool IsBroken() => familyHelpLeadId is null || handoverDate is null || handoverDate < LondonClock.ToLondonDate(decidedAt);

    public string Field => familyHelpLeadId is null ? "familyHelpLeadId" : "handoverDate";

    public string Message => familyHelpLeadId is null ? "A step-down to Family Help names the Family Help lead who takes the case."
        : handoverDate is null ? "A step-down to Family Help names the day the case is handed over."
        : "The handover to Family Help is dated before the decision.";

    public RuleKind Kind => RuleKind.Unprocessable;
}
