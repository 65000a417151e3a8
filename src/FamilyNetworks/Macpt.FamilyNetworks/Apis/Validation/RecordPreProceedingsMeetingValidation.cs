using Macpt.FamilyNetworks.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What a pre-proceedings meeting must carry: its day and kind (400 when not).</summary>
public static class RecordPreProceedingsMeetingValidation
{
    public static RequestErrors Check(PreProceedingsMeetingRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("heldOn", r.HeldOn);
        errors.OneOf("kind", r.Kind, PreProceedingsMeetingKinds.All);
        return errors;
    }
}
