using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>An allocation names the advocate.</summary>
public static class AllocateValidation
{
    public static RequestErrors Check(AllocateRequest r)
    {
        var errors = new RequestErrors();
        errors.Id("advocateId", r.AdvocateId);
        return errors;
    }
}
