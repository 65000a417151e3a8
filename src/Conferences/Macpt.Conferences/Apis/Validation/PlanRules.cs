using Macpt.Contracts;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>What recording a core group meeting and ending a plan must carry. Errors name fields, never values.</summary>
public static class PlanRules
{
    public static Dictionary<string, string[]> Check(CoreGroupMeetingRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.HeldOn is not { } heldOn) errors["heldOn"] = ["The date of the meeting is required."];
        else if (heldOn > today) errors["heldOn"] = ["The date of the meeting is in the future."];
        if (r.Attended is not { Count: > 0 and <= ConferenceRules.MaxPeople }) errors["attended"] = [$"Between 1 and {ConferenceRules.MaxPeople} attendees are required."];
        else
            for (var i = 0; i < r.Attended.Count; i++)
                if (!PractitionerId.IsValid(r.Attended[i])) errors[$"attended[{i}]"] = ["The attendee's id is required (letters, digits, - _ .)."];
        ConferenceRules.Practitioner(errors, "recordedBy", r.RecordedBy);
        return errors;
    }

    public static Dictionary<string, string[]> Check(EndPlanRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.EndDate is not { } end) errors["endDate"] = ["The end date is required."];
        else if (end > today) errors["endDate"] = ["The end date is in the future."];
        ConferenceRules.CheckEnding(errors, "", r.ReasonCode, r.StepDownToFamilyHelp, r.FamilyHelpLeadId, missing: false);
        ConferenceRules.Practitioner(errors, "recordedBy", r.RecordedBy);
        return errors;
    }
}
