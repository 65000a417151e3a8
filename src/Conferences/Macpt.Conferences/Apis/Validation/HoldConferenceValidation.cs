using Macpt.Conferences.Domain;
using Macpt.Contracts;
using Macpt.Contracts.Cin;
using Macpt.Contracts.Conferences;
using Macpt.ServiceDefaults.Validation;
using static Macpt.Conferences.Apis.Validation.RequestErrorsLists;

namespace Macpt.Conferences.Apis.Validation;

/// <summary>
/// The shape of a conference's outcome, which depends on its <c>kind</c>: an initial conference may give a plan, a
/// review a latest category and, when the plan stops, its ending; an initial conference with no plan may give a step-down. The timescales, the core group and one plan at a
/// time are rules of the conference and the plan (<see cref="Application.HoldConference"/>).
/// </summary>
public static class HoldConferenceValidation
{
    private static readonly IReadOnlyList<string> Categories = CategoriesOfAbuse.Descriptions.Keys.ToList();

    public static RequestErrors Check(ConferenceOutcomeRequest r, string kind, DateOnly today)
    {
        var errors = new RequestErrors();
        errors.PastDate("heldOn", r.HeldOn, today);
        errors.Each("attendance", r.Attendance, MaxPeople, (f, a) =>
        {
            errors.Practitioner($"{f}.personId", a.PersonId);
            errors.Text($"{f}.role", a.Role, 200);
            errors.OptionalOneOf($"{f}.agency", a.Agency, Agencies.Conference);
            errors.OneOf($"{f}.status", a.Status, AttendanceStatuses.All);
        });
        errors.Each("agencyViews", r.AgencyViews, MaxPeople, (f, v) =>
        {
            errors.OneOf($"{f}.agency", v.Agency, Agencies.Conference);
            errors.OptionalPractitioner($"{f}.practitionerId", v.PractitionerId);
            errors.Required($"{f}.continuingRisk", v.ContinuingRisk);
            errors.Text($"{f}.view", v.View, MaxTextLength);
        });
        errors.Each("parentViews", r.ParentViews, MaxPeople, (f, p) =>
        {
            errors.Practitioner($"{f}.parentId", p.ParentId);
            errors.Text($"{f}.views", p.Views, MaxTextLength);
        }, required: false);
        if (errors.Required("childsViews", r.ChildsViews))
        {
            errors.Text("childsViews.views", r.ChildsViews!.Views, MaxTextLength);
            errors.OneOf("childsViews.howGathered", r.ChildsViews.HowGathered, ChildsViewsMethods.All);
            errors.OptionalPractitioner("childsViews.gatheredBy", r.ChildsViews.GatheredBy);
        }
        errors.Each("dissent", r.Dissent, MaxPeople, (f, d) =>
        {
            errors.Practitioner($"{f}.personId", d.PersonId);
            errors.OptionalOneOf($"{f}.agency", d.Agency, Agencies.Conference);
            errors.Text($"{f}.reason", d.Reason, MaxTextLength);
        }, required: false);
        errors.Required("planRequired", r.PlanRequired);
        errors.Text("decisionReasons", r.DecisionReasons, MaxTextLength);

        if (kind == ConferenceKinds.Initial)
        {
            if (r.LatestCategoryOfAbuse is not null) errors.Add("latestCategoryOfAbuse", "The latest category is set at review conferences; an initial conference sets plan.categoryOfAbuse.");
            if (r.Ending is not null) errors.Add("ending", "An initial conference ends no plan.");
            if (r.PlanChanges is not null) errors.Add("planChanges", "A review conference changes a plan; an initial conference gives one.");
            if (r.PlanRequired == true) CheckPlan(errors, r.Plan);
            else if (r.PlanRequired == false && r.Plan is not null) errors.Add("plan", "No plan is given when no plan is needed.");
            if (r.StepDown is not null && r.PlanRequired == true) errors.Add("stepDown", "A step-down to Family Help follows a decision that no plan is needed.");
            else if (r.StepDown is not null)
            {
                errors.Practitioner("stepDown.familyHelpLeadId", r.StepDown.FamilyHelpLeadId);
                errors.Required("stepDown.handoverDate", r.StepDown.HandoverDate);
            }
        }
        else
        {
            if (r.Plan is not null) errors.Add("plan", "A review conference does not start a plan.");
            if (r.StepDown is not null) errors.Add("stepDown", "At a review conference the ending carries the step-down.");
            if (r.PlanChanges is not null && r.PlanRequired == false) errors.Add("planChanges", "A plan that ends is not changed.");
            else if (r.PlanChanges is not null) DetailedPlanValidation.CheckPlan(errors, "planChanges.", r.PlanChanges.Outcomes, r.PlanChanges.Actions);
            errors.OneOf("latestCategoryOfAbuse", r.LatestCategoryOfAbuse, Categories);
            if (r.PlanRequired == false && errors.Required("ending", r.Ending))
                EndPlanValidation.CheckEnding(errors, "ending.", r.Ending!.ReasonCode, r.Ending.StepDownToFamilyHelp, r.Ending.FamilyHelpLeadId);
            else if (r.PlanRequired == true && r.Ending is not null) errors.Add("ending", "A plan that continues has no ending.");
        }
        return errors;
    }

    /// <summary>The plan an initial conference decides: category, outline plan, core group and first dates.</summary>
    private static void CheckPlan(RequestErrors errors, PlanRequest? plan)
    {
        if (!errors.Required("plan", plan)) return;
        errors.OneOf("plan.categoryOfAbuse", plan!.CategoryOfAbuse, Categories);
        if (errors.Required("plan.outlinePlan", plan.OutlinePlan))
        {
            errors.Each("plan.outlinePlan.outcomes", plan.OutlinePlan!.Outcomes, 30, (f, outcome) => errors.Text(f, outcome, 2000));
            errors.Each("plan.outlinePlan.actions", plan.OutlinePlan.Actions, 60, (f, a) =>
            {
                errors.Text($"{f}.action", a.Action, 2000);
                errors.OneOf($"{f}.ownerAgency", a.OwnerAgency, Agencies.Conference);
                errors.Required($"{f}.dueBy", a.DueBy);
            });
        }
        if (plan.CoreGroup is { Count: 1 }) errors.Add("plan.coreGroup", "The core group has at least two members.");
        else
            errors.Each("plan.coreGroup", plan.CoreGroup, 30, (f, m) =>
            {
                errors.Practitioner($"{f}.practitionerId", m.PractitionerId);
                errors.OneOf($"{f}.agency", m.Agency, Agencies.Conference);
                errors.OneOf($"{f}.role", m.Role, CoreGroupRoles.All);
                errors.Required($"{f}.keyWorker", m.KeyWorker);
            });
        errors.Required("plan.firstCoreGroupOn", plan.FirstCoreGroupOn);
        errors.Required("plan.firstReviewOn", plan.FirstReviewOn);
    }
}
