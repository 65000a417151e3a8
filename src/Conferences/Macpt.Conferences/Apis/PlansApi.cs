using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Conferences.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Conferences.Apis;

/// <summary>Child protection plans: a child's plan history, reviews and core groups due, core group meetings, ending.</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conferences/plans").WithTags("Child protection plans");
        // A partner reads the plans whose core group or actions include its agency, and no other (PlanVisibility: 404).
        api.MapGet("/", ListPlans).WithName("ListPlans").RequireAuthorization(AccessPolicies.PartnerView);
        api.MapGet("/{id:guid}", GetPlan).WithName("GetPlan").RequireAuthorization(AccessPolicies.PartnerView);
        // The case holders record core group meetings and a plan ended outside a review (reached 18, died, left the UK, moved away).
        api.MapPost("/{id:guid}/core-groups", RecordCoreGroup).WithName("RecordCoreGroupMeeting").RequireAuthorization(AccessPolicies.CaseWork);
        api.MapPost("/{id:guid}/ending", End).WithName("EndPlan").RequireAuthorization(AccessPolicies.CaseWork);
        // The case holders record a change of the LCPP, the key worker or the core group's members.
        api.MapPut("/{id:guid}/detailed-plan", AgreeDetailedPlan).WithName("AgreeDetailedPlan").RequireAuthorization(AccessPolicies.CaseWork);
        api.MapPost("/{id:guid}/people-changes", ChangePeople).WithName("ChangePlanPeople").RequireAuthorization(AccessPolicies.CaseWork);
        return app;
    }

    /// <summary>
    /// Plans, oldest first: for one child (their whole history), by status, and active plans whose review
    /// conference or core group is <c>due</c> (within 10 working days) or <c>overdue</c> (its date has passed).
    /// </summary>
    public static async Task<Results<Ok<Paged<PlanView>>, ValidationProblem>> ListPlans(
        [AsParameters] PlanFilter filter, [AsParameters] PageQuery page, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        filter.Check(errors);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);

        var today = s.Today;
        var ordered = filter.Apply(s.Db.Plans.AsNoTracking().VisibleTo(s.Actor), today, s.Calendar.AddWorkingDays(today, PlanFilter.DueWithinWorkingDays));
        return TypedResults.Ok((await ordered.ToPageAsync(page, ct)).Select(PlanView.From));
    }

    /// <summary>A plan; one the caller may not see (<see cref="PlanVisibility"/>) is not found, so its existence does not leak.</summary>
    public static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetPlan(Guid id, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var found = await s.Db.Plans.AsNoTracking().VisibleTo(s.Actor).SingleOrDefaultAsync(p => p.Id == id, ct);
        return found is null ? Problems.NotFound("plan", id) : TypedResults.Ok(PlanView.From(found));
    }

    /// <summary>
    /// Records a core group meeting; the next is due after the local interval (<see cref="CoreGroupCadence"/>). Publishes
    /// <see cref="Contracts.Conferences.CoreGroupHeld"/> with the date it was due and the next.
    /// </summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> RecordCoreGroup(
        Guid id, CoreGroupMeetingRequest request, IOptions<CoreGroupCadence> cadence, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = CoreGroupMeetingValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p =>
        {
            var dueBy = p.NextCoreGroupDue;
            var meeting = request.ToMeeting(s.Actor.Id, s.Time.GetUtcNow());
            p.RecordCoreGroup(meeting, cadence.Value);
            s.Outbox.Add(ConferenceEvents.CoreGroupHeld(p, meeting, dueBy));
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>The detailed plan the first core group agreed (<see cref="ChildProtectionPlan.AgreeDetailedPlan"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> AgreeDetailedPlan(
        Guid id, DetailedPlanRequest request, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = DetailedPlanValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p => { p.AgreeDetailedPlan(request.AgreedOn!.Value, request.ToOutcomes(), request.ToActions(), s.Time.GetUtcNow()); return Task.CompletedTask; }, ct);
    }

    /// <summary>A change of the people around the plan, with its date and handover note (<see cref="ChildProtectionPlan.ChangePeople"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> ChangePeople(
        Guid id, PlanPeopleChangeRequest request, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = PlanPeopleChangeValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p =>
        {
            p.ChangePeople(request.Change!, request.PractitionerId!, request.Agency, request.ChangedOn!.Value, request.HandoverNote!.Trim(), s.Actor.Id, s.Time.GetUtcNow());
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Ends a plan outside a review conference (<see cref="EndPlan"/>).</summary>
    public static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> End(
        Guid id, EndPlanRequest request, EndPlan end, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = EndPlanValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangePlanAsync(id, p => end.RunAsync(p, request.EndDate!.Value, request.ToDecision(), request.ReceivingConferenceOn, s.Actor.Id, ct), ct);
    }
}
