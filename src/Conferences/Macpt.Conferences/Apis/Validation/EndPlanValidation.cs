using Macpt.Conferences.Domain;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>The shape of ending a plan outside a review; when and why it may end are the plan's rules.</summary>
public static class EndPlanValidation
{
    public static RequestErrors Check(EndPlanRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("endDate", r.EndDate, today);
        CheckEnding(errors, "", r.ReasonCode, r.StepDownToFamilyHelp, r.FamilyHelpLeadId);
        errors.OptionalPastDate("receivingConferenceOn", r.ReceivingConferenceOn, today);
        return errors;
    }

    /// <summary>A plan's ending, here or at a review conference (<paramref name="prefix"/> <c>ending.</c>).</summary>
    internal static void CheckEnding(RequestErrors errors, string prefix, string? reasonCode, bool? stepDown, string? familyHelpLeadId)
    {
        errors.OneOf(prefix + "reasonCode", reasonCode, PlanEndReasons.All);
        if (!errors.Required(prefix + "stepDownToFamilyHelp", stepDown)) return;
        if (stepDown == true) errors.Practitioner(prefix + "familyHelpLeadId", familyHelpLeadId);
        else if (familyHelpLeadId is not null) errors.Add(prefix + "familyHelpLeadId", "A Family Help lead is named only for a step-down.");
    }
}
