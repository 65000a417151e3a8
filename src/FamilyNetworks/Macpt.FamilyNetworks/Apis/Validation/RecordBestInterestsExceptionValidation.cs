using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>What the best-interests decision must carry: the day it was made and its reason (400 when not); who decided is the caller.</summary>
public static class RecordBestInterestsExceptionValidation
{
    public static RequestErrors Check(BestInterestsExceptionRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("decidedOn", r.DecidedOn);
        errors.Text("reason", r.Reason, FieldLimits.TextLength);
        return errors;
    }
}
