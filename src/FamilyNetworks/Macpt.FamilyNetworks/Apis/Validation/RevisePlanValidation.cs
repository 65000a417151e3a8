using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>A revision carries a whole plan and the version it replaces (400 when not).</summary>
public static class RevisePlanValidation
{
    public static RequestErrors Check(PlanRevisionRequest r)
    {
        var errors = AgreePlanValidation.Check(r.Plan);
        errors.Range("revisesVersion", r.RevisesVersion, 1, int.MaxValue);
        return errors;
    }
}
