using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A withdrawal of consent says who recorded it.</summary>
public static class WithdrawConsentValidation
{
    public static RequestErrors Check(WithdrawConsentRequest r)
    {
        var errors = new RequestErrors();
        errors.Practitioner("recordedBy", r.RecordedBy);
        return errors;
    }
}
