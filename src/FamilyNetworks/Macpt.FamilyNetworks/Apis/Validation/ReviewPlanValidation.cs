using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What a review of a plan must carry (400 when not).</summary>
public static class ReviewPlanValidation
{
    public static RequestErrors Check(PlanReviewRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("reviewedOn", r.ReviewedOn);
        errors.Required("nextReviewDue", r.NextReviewDue);
        errors.OptionalText("notes", r.Notes, FieldLimits.TextLength);
        return errors;
    }
}
