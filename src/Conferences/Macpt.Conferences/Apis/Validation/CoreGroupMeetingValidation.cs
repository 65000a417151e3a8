using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a core group meeting; when it may be recorded is the plan's rule.</summary>
public static class CoreGroupMeetingValidation
{
    public static RequestErrors Check(CoreGroupMeetingRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("heldOn", r.HeldOn, today);
        errors.Practitioners("attended", r.Attended, RequestErrorsLists.MaxPeople);
        return errors;
    }
}
