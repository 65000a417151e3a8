using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What starting pre-proceedings must carry: the child, the referral, the start and the legal planning meeting (400 when not).</summary>
public static class StartPreProceedingsValidation
{
    public static RequestErrors Check(StartPreProceedingsRequest r)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.Id("referralId", r.ReferralId);
        errors.Required("startDate", r.StartDate);
        if (errors.Required("legalPlanningMeeting", r.LegalPlanningMeeting))
        {
            errors.Required("legalPlanningMeeting.heldOn", r.LegalPlanningMeeting!.HeldOn);
            errors.OneOf("legalPlanningMeeting.decision", r.LegalPlanningMeeting.Decision, LegalPlanningDecisions.All);
        }
        return errors;
    }
}
