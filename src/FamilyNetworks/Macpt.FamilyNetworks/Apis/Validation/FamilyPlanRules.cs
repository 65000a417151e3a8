using Macpt.FamilyNetworks.Domain;
using static Macpt.FamilyNetworks.Apis.Validation.FieldErrors;

namespace Macpt.FamilyNetworks.Apis.Validation;

/// <summary>
/// What a family plan, its revision, review and ending must carry (400 when not). A plan has at least one
/// safeguard, and each safeguard says what is done, who does it, when, and what happens if it fails.
/// </summary>
public static class FamilyPlanRules
{
    public const int MaxSafeguards = 50;
    public const int MaxTextLength = 2000;

    public static Dictionary<string, string[]> Check(PlanRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Required(r.AgreedOn, "agreedOn", "The date the plan was agreed", errors);
        if (r.Safeguards is not { Count: > 0 }) errors["safeguards"] = ["A family plan needs at least one safeguard."];
        else if (r.Safeguards.Count > MaxSafeguards) errors["safeguards"] = [$"At most {MaxSafeguards} safeguards."];
        else
        {
            for (var i = 0; i < r.Safeguards.Count; i++)
            {
                var at = $"safeguards[{i}]";
                if (r.Safeguards[i] is not { } s) { errors[at] = ["The safeguard is required."]; continue; }
                Text(s.Action, $"{at}.action", MaxTextLength, "What is done", errors);
                Text(s.Responsible, $"{at}.responsible", MeetingRequestRules.MaxNameLength, "Who is responsible", errors);
                Text(s.When, $"{at}.when", MaxTextLength, "When it is done", errors);
                Text(s.Contingency, $"{at}.contingency", MaxTextLength, "The contingency if it fails", errors);
            }
        }
        Required(r.LocalAuthorityAgrees, "localAuthorityAgrees", "Whether the local authority agrees the plan", errors);
        Practitioner(r.LocalAuthorityDecisionBy, "localAuthorityDecisionBy", errors);
        Required(r.ReviewDue, "reviewDue", "The review date", errors);
        return errors;
    }

    public static Dictionary<string, string[]> Check(PlanRevisionRequest r)
    {
        var errors = Check(r.Plan);
        if (r.RevisesVersion is not > 0) errors["revisesVersion"] = ["The version this revision replaces is required."];
        return errors;
    }

    public static Dictionary<string, string[]> Check(PlanReviewRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Required(r.ReviewedOn, "reviewedOn", "The date of the review", errors);
        Practitioner(r.ReviewedBy, "reviewedBy", errors);
        Required(r.NextReviewDue, "nextReviewDue", "The next review date", errors);
        Text(r.Notes, "notes", MeetingRequestRules.MaxTextLength, "The notes", errors, required: false);
        return errors;
    }

    public static Dictionary<string, string[]> Check(PlanEndRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Required(r.EndedOn, "endedOn", "The date the plan ended", errors);
        Code(r.Reason, FamilyPlanEndReasons.All, "reason", "The reason", errors);
        Practitioner(r.EndedBy, "endedBy", errors);
        return errors;
    }

    public static List<Safeguard> Safeguards(PlanRequest r) =>
        r.Safeguards!.Select(s => new Safeguard(s!.Action!.Trim(), s.Responsible!.Trim(), s.When!.Trim(), s.Contingency!.Trim())).ToList();
}
