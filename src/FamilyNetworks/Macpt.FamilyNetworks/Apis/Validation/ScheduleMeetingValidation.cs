using Macpt.ServiceDefaults.Validation;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>A meeting's date is required (400 when not); it may be in the future.</summary>
public static class ScheduleMeetingValidation
{
    public static RequestErrors Check(MeetingDateRequest r)
    {
        var errors = new RequestErrors();
        errors.Required("scheduledFor", r.ScheduledFor);
        return errors;
    }
}
