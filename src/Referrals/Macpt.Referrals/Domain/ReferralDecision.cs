namespace Macpt.Referrals.Domain;

/// <summary>
/// What the MACPT decided, why, who decided (an LCPP id) and when; a step-down to Family Help also names the Family
/// Help lead (a practitioner id) and the day the case is handed over.
/// </summary>
public sealed record ReferralDecision(string Type, string Reason, string DecidedBy, DateTimeOffset DecidedAt,
    string? FamilyHelpLeadId = null, DateOnly? HandoverDate = null)
{
    public bool StepsDownToFamilyHelp => Type == Contracts.Referrals.ReferralDecisionTypes.FamilyHelp;
}
