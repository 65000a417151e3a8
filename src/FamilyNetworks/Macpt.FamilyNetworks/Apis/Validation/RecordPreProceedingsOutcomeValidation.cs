using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What the outcome must carry: the step decision's day and the outcome (400 when not); the court dates are the rules' (422).</summary>
public static class RecordPreProceedingsOutcomeValidation
{
    public static RequestErrors Check(PreProceedingsOutcomeRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("decidedOn", r.DecidedOn);
        errors.OneOf("outcome", r.Outcome, PreProceedingsOutcomes.All);
        return errors;
    }
}
