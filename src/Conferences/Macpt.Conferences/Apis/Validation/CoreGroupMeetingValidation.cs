using Macpt.Conferences.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of a core group meeting, its note and progress; when it may be recorded, and on which actions, are the plan's rules.</summary>
public static class CoreGroupMeetingValidation
{
    public static RequestErrors Check(CoreGroupMeetingRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("heldOn", r.HeldOn, today);
        errors.Practitioners("attended", r.Attended, RequestErrorsLists.MaxPeople);
        errors.OptionalText("note", r.Note, DetailedPlanValidation.MaxNoteLength);
        errors.Each("progress", r.Progress, DetailedPlanValidation.MaxActions, (f, p) =>
        {
            errors.Id($"{f}.actionId", p.ActionId);
            errors.OneOf($"{f}.status", p.Status, ActionStatuses.All);
            errors.Text($"{f}.note", p.Note, DetailedPlanValidation.MaxNoteLength);
        }, required: false);
        return errors;
    }
}
