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
        return errors;
    }
}
