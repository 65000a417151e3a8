using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a pre-birth conference request; the one initial conference per enquiry is a rule of the use case.</summary>
public static class PreBirthConferenceValidation
{
    public static RequestErrors Check(PreBirthConferenceRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.OptionalId("referralId", r.ReferralId);
        errors.OptionalId("enquiryId", r.EnquiryId);
        errors.FutureDate("targetDate", r.TargetDate, today);
        return errors;
    }
}
