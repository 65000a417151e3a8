using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Agencies = Macpt.Conferences.Domain.Agencies;
using Macpt.Contracts.Cin;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>
/// What each conference request must carry. Errors name fields (with list positions), never values.
/// People are known by ids only: a practitioner id, or the id another service gave a parent or family member.
/// </summary>
public static class ConferenceRules
{
    public const int MaxTextLength = 10_000;
    public const int MaxPeople = 60;

    public static Dictionary<string, string[]> Check(PreBirthConferenceRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (!LaChildId.IsValid(r.LaChildId)) errors["laChildId"] = ["The local authority child id is required: at most 20 letters and digits."];
        if (r.TargetDate is not { } target) errors["targetDate"] = ["The date the pre-birth conference is due is required."];
        else if (target < today) errors["targetDate"] = ["The target date is in the past."];
        Practitioner(errors, "requestedBy", r.RequestedBy);
        return errors;
    }

    public static Dictionary<string, string[]> Check(CaseTeamRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Practitioner(errors, "socialWorkerId", r.SocialWorkerId);
        Practitioner(errors, "lineManagerId", r.LineManagerId);
        Practitioner(errors, "lcppId", r.LcppId);
        Practitioner(errors, "recordedBy", r.RecordedBy);
        if (errors.Count == 0 && string.Equals(r.SocialWorkerId, r.LineManagerId, StringComparison.OrdinalIgnoreCase))
            errors["lineManagerId"] = ["The line manager is someone other than the social worker."];
        return errors;
    }

    public static Dictionary<string, string[]> Check(ArrangementsRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Date is not { } date) errors["date"] = ["The date of the conference is required."];
        else if (date < today) errors["date"] = ["The date is in the past."];
        if (r.Mode is null || !ConferenceModes.All.Contains(r.Mode)) errors["mode"] = [$"The mode must be one of: {string.Join(", ", ConferenceModes.All)}."];
        else if (ConferenceModes.NeedsVenue(r.Mode) && string.IsNullOrWhiteSpace(r.Venue)) errors["venue"] = ["A venue is required unless the conference is online."];
        if (r.Venue is { Length: > 500 }) errors["venue"] = ["The venue is longer than 500 characters."];
        Practitioner(errors, "chairId", r.ChairId);
        if (r.Invitees is not { Count: > 0 and <= MaxPeople }) errors["invitees"] = [$"Between 1 and {MaxPeople} invitees are required."];
        else
        {
            for (var i = 0; i < r.Invitees.Count; i++)
            {
                var inv = r.Invitees[i];
                if (inv?.Kind is null || !InviteeKinds.All.Contains(inv.Kind)) errors[$"invitees[{i}].kind"] = [$"The kind must be one of: {string.Join(", ", InviteeKinds.All)}."];
                if (!PractitionerId.IsValid(inv?.PersonId)) errors[$"invitees[{i}].personId"] = ["The person's id is required (letters, digits, - _ .)."];
                if (inv?.Kind == InviteeKinds.Agency && !IsAgency(inv.Agency)) errors[$"invitees[{i}].agency"] = [AgencyMessage];
                else if (inv?.Agency is not null && !IsAgency(inv.Agency)) errors[$"invitees[{i}].agency"] = [AgencyMessage];
            }
        }
        if (r.LateReason is { Length: > 2000 }) errors["lateReason"] = ["The reason is longer than 2000 characters."];
        Practitioner(errors, "arrangedBy", r.ArrangedBy);
        return errors;
    }

    /// <summary>Checks an initial (<paramref name="kind"/> initial) or review conference's outcome.</summary>
    public static Dictionary<string, string[]> Check(ConferenceOutcomeRequest r, string kind, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.HeldOn is not { } heldOn) errors["heldOn"] = ["The date the conference was held is required."];
        else if (heldOn > today) errors["heldOn"] = ["The date held is in the future."];

        if (r.Attendance is not { Count: > 0 and <= MaxPeople }) errors["attendance"] = [$"Between 1 and {MaxPeople} attendance entries are required."];
        else
        {
            for (var i = 0; i < r.Attendance.Count; i++)
            {
                var a = r.Attendance[i];
                if (!PractitionerId.IsValid(a?.PersonId)) errors[$"attendance[{i}].personId"] = ["The person's id is required (letters, digits, - _ .)."];
                Text(errors, $"attendance[{i}].role", a?.Role, 200, "The person's role is required.");
                if (a?.Agency is not null && !IsAgency(a.Agency)) errors[$"attendance[{i}].agency"] = [AgencyMessage];
                if (a?.Status is null || !AttendanceStatuses.All.Contains(a.Status))
                    errors[$"attendance[{i}].status"] = [$"The status must be one of: {string.Join(", ", AttendanceStatuses.All)}."];
            }
        }

        if (r.AgencyViews is not { Count: > 0 and <= MaxPeople }) errors["agencyViews"] = ["Each agency's view on continuing risk of significant harm is required."];
        else
        {
            for (var i = 0; i < r.AgencyViews.Count; i++)
            {
                var v = r.AgencyViews[i];
                if (!IsAgency(v?.Agency)) errors[$"agencyViews[{i}].agency"] = [AgencyMessage];
                if (v?.PractitionerId is not null && !PractitionerId.IsValid(v.PractitionerId)) errors[$"agencyViews[{i}].practitionerId"] = ["The practitioner id is invalid."];
                if (v?.ContinuingRisk is null) errors[$"agencyViews[{i}].continuingRisk"] = ["Whether the child is at continuing risk of significant harm is required."];
                Text(errors, $"agencyViews[{i}].view", v?.View, MaxTextLength, "The agency's view is required.");
            }
        }

        if (r.ParentViews is { Count: > MaxPeople }) errors["parentViews"] = [$"At most {MaxPeople} parents' views."];
        else if (r.ParentViews is not null)
        {
            for (var i = 0; i < r.ParentViews.Count; i++)
            {
                var p = r.ParentViews[i];
                if (!PractitionerId.IsValid(p?.ParentId)) errors[$"parentViews[{i}].parentId"] = ["The parent's id is required (letters, digits, - _ .)."];
                Text(errors, $"parentViews[{i}].views", p?.Views, MaxTextLength, "The parent's views are required.");
            }
        }

        if (r.ChildsViews is not { } child) errors["childsViews"] = ["The child's views, and how they were gathered, are required."];
        else
        {
            Text(errors, "childsViews.views", child.Views, MaxTextLength, "The child's views (or why they could not be gathered) are required.");
            if (child.HowGathered is null || !ChildsViewsMethods.All.Contains(child.HowGathered))
                errors["childsViews.howGathered"] = [$"How the views were gathered must be one of: {string.Join(", ", ChildsViewsMethods.All)}."];
            if (child.GatheredBy is not null && !PractitionerId.IsValid(child.GatheredBy)) errors["childsViews.gatheredBy"] = ["The practitioner id is invalid."];
        }

        if (r.Dissent is { Count: > MaxPeople }) errors["dissent"] = [$"At most {MaxPeople} dissents."];
        else if (r.Dissent is not null)
        {
            for (var i = 0; i < r.Dissent.Count; i++)
            {
                var d = r.Dissent[i];
                if (!PractitionerId.IsValid(d?.PersonId)) errors[$"dissent[{i}].personId"] = ["Who dissented is required (an id)."];
                if (d?.Agency is not null && !IsAgency(d.Agency)) errors[$"dissent[{i}].agency"] = [AgencyMessage];
                Text(errors, $"dissent[{i}].reason", d?.Reason, MaxTextLength, "Why they dissented is required.");
            }
        }

        if (r.PlanRequired is null) errors["planRequired"] = [kind == Contracts.Conferences.ConferenceKinds.Initial
            ? "Whether a child protection plan is needed is required."
            : "Whether the plan continues is required."];
        Text(errors, "decisionReasons", r.DecisionReasons, MaxTextLength, "The reasons for the decision are required.");
        Practitioner(errors, "recordedBy", r.RecordedBy);

        if (kind == Contracts.Conferences.ConferenceKinds.Initial)
        {
            if (r.LatestCategoryOfAbuse is not null) errors["latestCategoryOfAbuse"] = ["The latest category is set at review conferences; an initial conference sets plan.categoryOfAbuse."];
            if (r.Ending is not null) errors["ending"] = ["An initial conference ends no plan."];
            if (r.PlanRequired == true) CheckPlan(errors, r.Plan);
            else if (r.PlanRequired == false && r.Plan is not null) errors["plan"] = ["No plan is given when no plan is needed."];
        }
        else
        {
            if (r.Plan is not null) errors["plan"] = ["A review conference does not start a plan."];
            if (!CategoriesOfAbuse.IsValid(r.LatestCategoryOfAbuse)) errors["latestCategoryOfAbuse"] = [CategoryMessage];
            if (r.PlanRequired == false) CheckEnding(errors, "ending", r.Ending?.ReasonCode, r.Ending?.StepDownToFamilyHelp, r.Ending?.FamilyHelpLeadId, r.Ending is null);
            else if (r.PlanRequired == true && r.Ending is not null) errors["ending"] = ["A plan that continues has no ending."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Check(FinaliseRecordRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Practitioner(errors, "finalisedBy", r.FinalisedBy);
        if (r.FinalisedOn is not { } on) errors["finalisedOn"] = ["The date finalised is required."];
        else if (on > today) errors["finalisedOn"] = ["The date finalised is in the future."];
        return errors;
    }

    public static Dictionary<string, string[]> Check(DistributeRecordRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.DistributedTo is not { Count: > 0 and <= MaxPeople }) errors["distributedTo"] = [$"Between 1 and {MaxPeople} recipients are required."];
        else
        {
            for (var i = 0; i < r.DistributedTo.Count; i++)
                if (!PractitionerId.IsValid(r.DistributedTo[i])) errors[$"distributedTo[{i}]"] = ["The recipient's id is required (letters, digits, - _ .)."];
            if (errors.Count == 0 && r.DistributedTo.Distinct(StringComparer.OrdinalIgnoreCase).Count() != r.DistributedTo.Count)
                errors["distributedTo"] = ["A recipient is listed twice."];
        }
        if (r.DistributedOn is not { } on) errors["distributedOn"] = ["The date distributed is required."];
        else if (on > today) errors["distributedOn"] = ["The date distributed is in the future."];
        return errors;
    }

    /// <summary>The plan an initial conference decides: category, outline plan, core group and first dates.</summary>
    private static void CheckPlan(Dictionary<string, string[]> errors, PlanRequest? plan)
    {
        if (plan is null)
        {
            errors["plan"] = ["A plan (category of abuse, outline plan, core group, first core group and review dates) is required when a plan is needed."];
            return;
        }
        if (plan.CategoryOfAbuse is null) errors["plan.categoryOfAbuse"] = ["The category of abuse is required: " + CategoryMessage];
        else if (!CategoriesOfAbuse.IsValid(plan.CategoryOfAbuse)) errors["plan.categoryOfAbuse"] = [CategoryMessage];

        if (plan.OutlinePlan is not { } outline) errors["plan.outlinePlan"] = ["The outline plan is required."];
        else
        {
            if (outline.Outcomes is not { Count: > 0 and <= 30 }) errors["plan.outlinePlan.outcomes"] = ["Between 1 and 30 outcomes are required."];
            else
                for (var i = 0; i < outline.Outcomes.Count; i++)
                    Text(errors, $"plan.outlinePlan.outcomes[{i}]", outline.Outcomes[i], 2000, "The outcome is required.");
            if (outline.Actions is not { Count: > 0 and <= 60 }) errors["plan.outlinePlan.actions"] = ["Between 1 and 60 actions are required."];
            else
            {
                for (var i = 0; i < outline.Actions.Count; i++)
                {
                    var a = outline.Actions[i];
                    Text(errors, $"plan.outlinePlan.actions[{i}].action", a?.Action, 2000, "The action is required.");
                    if (!IsAgency(a?.OwnerAgency)) errors[$"plan.outlinePlan.actions[{i}].ownerAgency"] = [AgencyMessage];
                    if (a?.DueBy is null) errors[$"plan.outlinePlan.actions[{i}].dueBy"] = ["The date the action is due is required."];
                }
            }
        }

        if (plan.CoreGroup is not { Count: > 1 and <= 30 }) errors["plan.coreGroup"] = ["Between 2 and 30 core group members are required."];
        else
        {
            for (var i = 0; i < plan.CoreGroup.Count; i++)
            {
                var m = plan.CoreGroup[i];
                if (!PractitionerId.IsValid(m?.PractitionerId)) errors[$"plan.coreGroup[{i}].practitionerId"] = ["The practitioner id is required (letters, digits, - _ .)."];
                if (!IsAgency(m?.Agency)) errors[$"plan.coreGroup[{i}].agency"] = [AgencyMessage];
                if (m?.Role is null || !CoreGroupRoles.All.Contains(m.Role)) errors[$"plan.coreGroup[{i}].role"] = [$"The role must be one of: {string.Join(", ", CoreGroupRoles.All)}."];
                if (m?.KeyWorker is null) errors[$"plan.coreGroup[{i}].keyWorker"] = ["Whether the member is the key worker is required."];
            }
        }
        if (plan.FirstCoreGroupOn is null) errors["plan.firstCoreGroupOn"] = ["The date of the first core group is required."];
        if (plan.FirstReviewOn is null) errors["plan.firstReviewOn"] = ["The date of the first review conference is required."];
    }

    /// <summary>A plan's ending, at a review conference or outside one.</summary>
    internal static void CheckEnding(Dictionary<string, string[]> errors, string prefix, string? reasonCode, bool? stepDown, string? familyHelpLeadId, bool missing)
    {
        if (missing)
        {
            errors[prefix] = ["How the plan ends (reason and step-down) is required when it does not continue."];
            return;
        }
        var p = prefix.Length == 0 ? "" : prefix + ".";
        if (!PlanEndReasons.IsValid(reasonCode)) errors[p + "reasonCode"] = [$"The reason must be one of: {string.Join(", ", PlanEndReasons.All)}."];
        if (stepDown is null) errors[p + "stepDownToFamilyHelp"] = ["Whether the child steps down to Family Help is required."];
        else if (stepDown == true && !PractitionerId.IsValid(familyHelpLeadId)) errors[p + "familyHelpLeadId"] = ["The Family Help lead practitioner's id is required for a step-down."];
        else if (stepDown == false && familyHelpLeadId is not null) errors[p + "familyHelpLeadId"] = ["A Family Help lead is named only for a step-down."];
    }

    internal static void Practitioner(Dictionary<string, string[]> errors, string field, string? id)
    {
        if (!PractitionerId.IsValid(id)) errors[field] = ["The practitioner's id is required (letters, digits, - _ .)."];
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, string requiredMessage)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [requiredMessage];
        else if (value.Length > max) errors[field] = [$"This is longer than {max} characters."];
    }

    private static bool IsAgency(string? agency) => agency is not null && Agencies.All.Contains(agency);

    private static readonly string AgencyMessage = $"The agency must be one of: {string.Join(", ", Agencies.All)}.";
    private static readonly string CategoryMessage = $"The category of abuse must be one of: {string.Join(", ", CategoriesOfAbuse.Descriptions.Keys)}.";
}
