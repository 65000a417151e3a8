using Macpt.Enquiries.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>A Section 47 enquiry's outcome: which, why, when (not in the future), why the child was not seen if so (who recorded it is the token's actor).</summary>
public static class CompleteEnquiryValidation
{
    public static RequestErrors Check(CompleteEnquiryRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("outcome", r.Outcome, Section47Outcome.All);
        errors.Text("reasons", r.Reasons, Limits.Text);
        errors.PastDate("completedOn", r.CompletedOn, today);
        errors.OptionalText("notSeenReason", r.NotSeenReason, Limits.ShortText);
        // Required with no conference: a rule of the enquiry (StepDownNamesTheFamilyHelpLead, 422).
        errors.OptionalPractitioner("familyHelpLeadId", r.FamilyHelpLeadId);
        if (r.Outcome == Contracts.Enquiries.Section47Outcomes.ConferenceRequired)
        {
            if (r.FamilyHelpLeadId is not null) errors.Add("familyHelpLeadId", "A conference is required: the case does not step down to Family Help.");
            if (r.HandoverDate is not null) errors.Add("handoverDate", "A conference is required: the case does not step down to Family Help.");
        }
        return errors;
    }
}
