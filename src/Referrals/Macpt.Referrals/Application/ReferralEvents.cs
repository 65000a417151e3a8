using Macpt.Contracts.FamilyHelp;
using Macpt.Contracts.Referrals;
using Macpt.Referrals.Domain;

namespace Macpt.Referrals.Application;

/// <summary>The events a decided referral publishes, built from its record: ids, dates and codes only.</summary>
public static class ReferralEvents
{
    /// <summary>The decision; an unborn child's expected date of birth goes with it, so a pre-birth enquiry and conference follow.</summary>
    public static ReferralDecided Decided(Referral r) =>
        new(r.Id, r.LaChildId, r.Decision!.Type, r.Decision.DecidedAt, r.Decision.DecidedBy, r.ReceivedAt,
            r.Child.IsUnborn ? r.Child.ExpectedDateOfBirth : null);

    /// <summary>A family-help decision hands the case to its Family Help lead on the handover date (exit <c>referral-decision</c>).</summary>
    public static SteppedDownToFamilyHelp SteppedDown(Referral r) =>
        new(r.Id, r.Id, r.LaChildId, StepDownExits.ReferralDecision, r.Decision!.FamilyHelpLeadId!, r.Decision.HandoverDate!.Value);
}
