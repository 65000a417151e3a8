using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Enquiries.Apis.Validation;

/// <summary>Who is invited to or attended a strategy discussion: 1 to 30, each a known agency with a role and, optionally, a practitioner id.</summary>
public static class AttendeesValidation
{
    public static void Check(RequestErrors errors, string field, IReadOnlyList<AttendeeRequest?>? attendees)
    {
        if (attendees is not { Count: > 0 }) { errors.Add(field, RequestErrors.Messages.Required); return; }
        if (attendees.Count > Limits.Attendees) { errors.Add(field, RequestErrors.Messages.TooMany(Limits.Attendees)); return; }
        for (var i = 0; i < attendees.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (!errors.Required(at, attendees[i])) continue;
            var a = attendees[i]!;
            errors.OneOf($"{at}.agency", a.Agency, Agencies.StrategyDiscussion);
            errors.Text($"{at}.role", a.Role, Limits.Role);
            errors.OptionalPractitioner($"{at}.practitionerId", a.PractitionerId);
        }
    }
}
