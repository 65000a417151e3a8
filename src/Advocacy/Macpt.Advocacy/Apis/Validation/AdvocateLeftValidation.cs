using Macpt.ServiceDefaults.Validation;

namespace Macpt.Advocacy.Apis.Validation;

/// <summary>A departure is dated today or before.</summary>
public static class AdvocateLeftValidation
{
    public static RequestErrors Check(AdvocateLeftRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("leftOn", r.LeftOn, today);
        return errors;
    }
}
