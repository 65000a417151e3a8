using Macpt.Enquiries.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>A discussion an LCPP convenes for a child already known: the child, the urgency, and the new concern (the LCPP asking is the token's actor).</summary>
public static class NewStrategyDiscussionValidation
{
    public static RequestErrors Check(NewStrategyDiscussionRequest r)
    {
        var errors = new RequestErrors();
        errors.LaChild("laChildId", r.LaChildId);
        errors.OptionalId("referralId", r.ReferralId);
        errors.OneOf("urgency", r.Urgency, StrategyDiscussionUrgency.All);
        errors.Text("concern", r.Concern, Limits.Text);
        return errors;
    }
}
