using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>Convening (or moving) a strategy discussion: when, the chair (an LCPP's id), who is invited, and any siblings discussed with it.</summary>
public static class ConveneValidation
{
    /// <summary>A discussion recorded after the event may be dated up to this long ago.</summary>
    public static readonly TimeSpan MaxPast = TimeSpan.FromDays(30);

    public static RequestErrors Check(Guid id, ConveneRequest r, DateTimeOffset now)
    {
        var errors = new RequestErrors();
        if (errors.Required("scheduledFor", r.ScheduledFor) && r.ScheduledFor < now - MaxPast)
            errors.Add("scheduledFor", "A discussion cannot be convened more than 30 days in the past.");
        errors.Practitioner("chairId", r.ChairId);
        AttendeesValidation.Check(errors, "attendees", r.Attendees);
        if (errors.Ids("discussedWith", r.DiscussedWith, Limits.DiscussedWith, required: false) && r.DiscussedWith?.Contains(id) == true)
            errors.Add("discussedWith", "A discussion is not discussed with itself.");
        return errors;
    }
}
