using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>
/// The shape of a change of the people around a plan: a known change, a practitioner, an agency (required for a member
/// joining), a date not in the future, and the handover note. Whether it fits the core group is the plan's rule.
/// </summary>
public static class PlanPeopleChangeValidation
{
    public const int MaxHandoverNoteLength = 2000;

    public static RequestErrors Check(PlanPeopleChangeRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.OneOf("change", r.Change, PlanPeopleChanges.All);
        errors.Practitioner("practitionerId", r.PractitionerId);
        if (r.Change == PlanPeopleChanges.MemberJoined) errors.OneOf("agency", r.Agency, Agencies.Conference);
        else errors.OptionalOneOf("agency", r.Agency, Agencies.Conference);
        errors.PastDate("changedOn", r.ChangedOn, today);
        errors.Text("handoverNote", r.HandoverNote, MaxHandoverNoteLength);
        return errors;
    }
}
