using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.ServiceDefaults.Validation;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>
/// The shape of a detailed plan (agreed by the first core group, or changed by a review conference under
/// <c>planChanges.</c>): outcomes, and actions with an owner agency, a due date and, optionally, a status. When it may be
/// agreed is the plan's rule.
/// </summary>
public static class DetailedPlanValidation
{
    public const int MaxOutcomes = 30;
    public const int MaxActions = 60;
    public const int MaxNoteLength = 2000;

    public static RequestErrors Check(DetailedPlanRequest r, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("agreedOn", r.AgreedOn, today);
        CheckPlan(errors, "", r.Outcomes, r.Actions);
        return errors;
    }

    internal static void CheckPlan(RequestErrors errors, string prefix, IReadOnlyList<string?>? outcomes, IReadOnlyList<DetailedActionRequest?>? actions)
    {
        errors.Each(prefix + "outcomes", outcomes, MaxOutcomes, (f, outcome) => errors.Text(f, outcome, MaxNoteLength));
        errors.Each(prefix + "actions", actions, MaxActions, (f, a) =>
        {
            errors.Text($"{f}.action", a.Action, MaxNoteLength);
            errors.OneOf($"{f}.ownerAgency", a.OwnerAgency, Agencies.Conference);
            errors.Required($"{f}.dueBy", a.DueBy);
            errors.OptionalOneOf($"{f}.status", a.Status, ActionStatuses.All);
        });
    }
}
