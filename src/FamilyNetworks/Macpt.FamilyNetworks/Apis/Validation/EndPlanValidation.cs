using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What the end of a plan must carry: when and why (a code) (400 when not); who ended it is the caller.</summary>
public static class EndPlanValidation
{
    public static RequestErrors Check(PlanEndRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("endedOn", r.EndedOn);
        errors.OneOf("reason", r.Reason, FamilyPlanEndReasons.All);
        return errors;
    }
}
