using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a birth: the unborn record's LA id, a date of birth not in the future, the child's LA id if it changes.</summary>
public static class BirthValidation
{
    public static RequestErrors Check(BirthRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.LaChild("unbornLaChildId", r.UnbornLaChildId);
        errors.PastDate("dateOfBirth", r.DateOfBirth, today);
        if (r.LaChildId is not null) errors.LaChild("laChildId", r.LaChildId);
        return errors;
    }
}
