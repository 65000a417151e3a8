using Macpt.Contracts.Referrals;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Referrals.Apis.Validation;

/// <summary>What a decision must carry: a known type and the reasons (the deciding LCPP is the token's actor); only a family-help one a Family Help lead and handover date.</summary>
public static class DecideReferralValidation
{
    public const int MaxReasonLength = 10_000;

    public static RequestErrors Check(DecideReferralRequest request)
    {
        var errors = new RequestErrors();
        errors.OneOf("decision", request.Decision, ReferralDecisionTypes.All);
        errors.Text("reason", request.Reason, MaxReasonLength);
        // Required for a family-help decision: a rule of the referral (StepDownNamesTheFamilyHelpLead, 422).
        errors.OptionalPractitioner("familyHelpLeadId", request.FamilyHelpLeadId);
        if (request.Decision is not null && request.Decision != ReferralDecisionTypes.FamilyHelp)
        {
            if (request.FamilyHelpLeadId is not null) errors.Add("familyHelpLeadId", "Only a family-help decision names a Family Help lead.");
            if (request.HandoverDate is not null) errors.Add("handoverDate", "Only a family-help decision has a handover date.");
        }
        return errors;
    }
}
