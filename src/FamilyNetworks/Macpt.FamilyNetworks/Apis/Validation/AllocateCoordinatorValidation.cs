using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What allocating a coordinator must carry (400 when not).</summary>
public static class AllocateCoordinatorValidation
{
    public static RequestErrors Check(CoordinatorRequest r)
    {
        var errors = new RequestErrors();
        errors.Practitioner("coordinatorId", r.CoordinatorId);
        errors.Required("independent", r.Independent);
        errors.Required("allocatedOn", r.AllocatedOn);
        return errors;
    }
}
