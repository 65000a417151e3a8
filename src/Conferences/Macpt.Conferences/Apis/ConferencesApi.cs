using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Application;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Apis;

/// <summary>Initial and review child protection conferences: creating a pre-birth one, the case team, arranging, listing.</summary>
public static class ConferencesApi
{
    public static IEndpointRouteBuilder MapConferencesApi(this IEndpointRouteBuilder app)
    {
        // Conferences are the local authority's own: no partner reaches any of these routes.
        var api = app.MapGroup("/api/conferences").WithTags("Child protection conferences");
        api.MapGet("/", ListConferences).WithName("ListConferences").RequireAuthorization(AccessPolicies.ReadConferences);
        api.MapGet("/{id:guid}", GetConference).WithName("GetConference").RequireAuthorization(AccessPolicies.ReadConferences);
        // The LCPP decides an unborn child needs an initial conference (the case holders' decision, as after an enquiry).
        api.MapPost("/pre-birth", CreatePreBirth).WithName("CreatePreBirthConference").RequireAuthorization(AccessPolicies.CaseWork);
        // The case holders record the birth of an unborn child, and another authority's notice that a child on its plan moved here.
        api.MapPost("/births", RecordBirth).WithName("RecordBirth").RequireAuthorization(AccessPolicies.CaseWork);
        api.MapPost("/transfers-in", CreateTransferIn).WithName("CreateTransferInConference").RequireAuthorization(AccessPolicies.CaseWork);
        // Business support and chairs arrange: the case team, the date, the chair and the invitees.
        api.MapPut("/{id:guid}/case-team", RecordCaseTeam).WithName("RecordCaseTeam").RequireAuthorization(AccessPolicies.ArrangeConference);
        api.MapPut("/{id:guid}/arrangements", Arrange).WithName("ArrangeConference").RequireAuthorization(AccessPolicies.ArrangeConference);
        // Only a chair holds a conference and finalises its record (Working Together 2023, ch. 4).
        api.MapPost("/{id:guid}/outcome", ConferenceOutcomesApi.Hold).WithName("HoldConference").RequireAuthorization(AccessPolicies.ChairConference);
        api.MapPut("/{id:guid}/record", ConferenceRecordsApi.Finalise).WithName("FinaliseConferenceRecord").RequireAuthorization(AccessPolicies.ChairConference);
        // Business support sends the finalised record out.
        api.MapPost("/{id:guid}/record/distribution", ConferenceRecordsApi.Distribute).WithName("DistributeConferenceRecord").RequireAuthorization(AccessPolicies.ArrangeConference);
        api.MapGet("/records/undistributed", ConferenceRecordsApi.ListUndistributed).WithName("ListUndistributedRecords").RequireAuthorization(AccessPolicies.ReadConferences);
        return app;
    }

    public static readonly IReadOnlyList<string> Kinds = [ConferenceKinds.Initial, ConferenceKinds.Review];

    public sealed record ConferenceFilter([FromQuery(Name = "laChildId")] string? LaChildId, [FromQuery(Name = "kind")] string? Kind, [FromQuery(Name = "status")] string? Status);

    /// <summary>Conferences, soonest due first: optionally for one child, of one kind, in one status.</summary>
    public static async Task<Results<Ok<Paged<ConferenceSummary>>, ValidationProblem>> ListConferences(
        [AsParameters] ConferenceFilter filter, [AsParameters] PageQuery page, ConferencesDbContext db, CancellationToken ct)
    {
        var errors = new RequestErrors();
        errors.OptionalOneOf("kind", filter.Kind, Kinds);
        errors.OptionalOneOf("status", filter.Status, ConferenceStatus.All);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = db.Conferences.AsNoTracking();
        if (filter.LaChildId is { } child) query = query.Where(c => c.LaChildId == child);
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        var found = await query.OrderBy(c => c.TargetDate).ThenBy(c => c.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(ConferenceSummary.From));
    }

    public static async Task<Results<Ok<ConferenceView>, ProblemHttpResult>> GetConference(Guid id, ConferencesDbContext db, CancellationToken ct)
    {
        var found = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? Problems.NotFound("conference", id) : TypedResults.Ok(await ConferenceView.LoadAsync(db, found, ct));
    }

    /// <summary>An LCPP creates the initial conference for an unborn child: 201, a replay 200 (same key and body), another body 409.</summary>
    public static async Task<Results<Created<ConferenceView>, Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> CreatePreBirth(
        [AsParameters] IdempotentRequest idempotency, PreBirthConferenceRequest request,
        CreatePreBirthConference create, TimeProvider time, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = PreBirthConferenceValidation.Check(request, LondonClock.Today(time));
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await create.RunAsync(idempotency.Key!, request, ct);
        return outcome.ToResult(idempotency.Response, c => $"/api/conferences/{c.Id}");
    }

    /// <summary>
    /// The birth of an unborn child who had a pre-birth conference (<see cref="Application.RecordBirth"/>): 200 with what it
    /// linked; 404 when no pre-birth conference is held for the unborn record; 409 <c>dateOfBirth</c> when already recorded.
    /// </summary>
    public static async Task<Results<Ok<BirthView>, ValidationProblem, ProblemHttpResult>> RecordBirth(
        BirthRequest request, RecordBirth record, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = BirthValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var birth = await record.RunAsync(request.UnbornLaChildId!, request.DateOfBirth!.Value, request.LaChildId, s.Actor.Id, ct);
        if (birth is null) return Problems.NotFound("pre-birth conference for the unborn child", request.UnbornLaChildId!);
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(birth);
    }

    /// <summary>A transfer-in conference for a child on another authority's plan: 201, a replay 200 (same key and body), another body 409.</summary>
    public static async Task<Results<Created<ConferenceView>, Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> CreateTransferIn(
        [AsParameters] IdempotentRequest idempotency, TransferInRequest request, CreateTransferInConference create,
        [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = TransferInValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await create.RunAsync(idempotency.Key!, request, s.Actor.Id, ct);
        return outcome.ToResult(idempotency.Response, c => $"/api/conferences/{c.Id}");
    }

    /// <summary>Who holds the case: the allocated social worker, their line manager and the allocated LCPP.</summary>
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> RecordCaseTeam(
        Guid id, CaseTeamRequest request, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = CaseTeamValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangeConferenceAsync(id, c => { c.RecordCaseTeam(request.ToCaseTeam(s.Actor.Id, s.Time.GetUtcNow())); return Task.CompletedTask; }, ct);
    }

    /// <summary>Sets (or moves) the date, mode and venue, the chair and the invitees (the rules: <see cref="ChildProtectionConference.Arrange"/>).</summary>
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Arrange(
        Guid id, ArrangementsRequest request, ArrangeConference arrange, [AsParameters] ConferencesServices s, CancellationToken ct)
    {
        var errors = ArrangeConferenceValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.ChangeConferenceAsync(id, c => arrange.RunAsync(c, request.ToArrangements(s.Actor.Id, s.Time.GetUtcNow()), ct), ct);
    }
}
