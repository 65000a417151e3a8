using Macpt.Conferences.Apis.Validation;
using Macpt.Conferences.Domain;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Contracts.Conferences;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Conferences.Apis;

/// <summary>Initial and review child protection conferences: creating a pre-birth one, the case team, arranging, listing.</summary>
public static class ConferencesApi
{
    public const string PreBirthScope = "conferences.pre-birth";

    public static IEndpointRouteBuilder MapConferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conferences").WithTags("Child protection conferences");
        api.MapGet("/", ListConferences).WithName("ListConferences");
        api.MapGet("/{id:guid}", GetConference).WithName("GetConference");
        api.MapPost("/pre-birth", CreatePreBirth).WithName("CreatePreBirthConference");
        api.MapPut("/{id:guid}/case-team", RecordCaseTeam).WithName("RecordCaseTeam");
        api.MapPut("/{id:guid}/arrangements", Arrange).WithName("ArrangeConference");
        api.MapPost("/{id:guid}/outcome", ConferenceOutcomesApi.Hold).WithName("HoldConference");
        api.MapPut("/{id:guid}/record", ConferenceRecordsApi.Finalise).WithName("FinaliseConferenceRecord");
        api.MapPost("/{id:guid}/record/distribution", ConferenceRecordsApi.Distribute).WithName("DistributeConferenceRecord");
        api.MapGet("/records/undistributed", ConferenceRecordsApi.ListUndistributed).WithName("ListUndistributedRecords");
        return app;
    }

    /// <summary>Conferences, soonest due first: optionally for one child, of one kind, in one status.</summary>
    public static async Task<Results<Ok<List<ConferenceSummary>>, ValidationProblem>> ListConferences(
        string? laChildId, string? kind, string? status, ConferencesDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is not null and not (ConferenceKinds.Initial or ConferenceKinds.Review)) errors["kind"] = ["The kind must be initial or review."];
        if (status is not null && !ConferenceStatus.All.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", ConferenceStatus.All)}."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var query = db.Conferences.AsNoTracking();
        if (laChildId is not null) query = query.Where(c => c.LaChildId == laChildId);
        if (kind is not null) query = query.Where(c => c.Kind == kind);
        if (status is not null) query = query.Where(c => c.Status == status);
        var list = await query.OrderBy(c => c.TargetDate).ThenBy(c => c.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ConferenceSummary.From).ToList());
    }

    public static async Task<Results<Ok<ConferenceView>, ProblemHttpResult>> GetConference(Guid id, ConferencesDbContext db, CancellationToken ct)
    {
        var found = await db.Conferences.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? Problems.NotFound("conference", id) : TypedResults.Ok(await ViewAsync(db, found, ct));
    }

    /// <summary>
    /// An LCPP creates the initial conference for an unborn child. The Idempotency-Key makes a retry answer
    /// the conference first created; an enquiry has one initial conference, however it is created.
    /// </summary>
    public static async Task<Results<Created<ConferenceView>, Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> CreatePreBirth(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey, PreBirthConferenceRequest request,
        ConferencesDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey))
            return Problems.Invalid(IdempotencyKey.HeaderName, $"An {IdempotencyKey.HeaderName} header (at most {IdempotencyKey.MaxLength} printable characters) is required.");
        var errors = ConferenceRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        if (await ReplayAsync(db, idempotencyKey!, fingerprint, ct) is { } replay) return replay;
        if (request.EnquiryId is { } enquiryId && await db.Conferences.AnyAsync(c => c.EnquiryId == enquiryId, ct))
            return Problems.Conflict("The enquiry already has an initial conference.", "An enquiry has one initial conference.", "enquiryId");

        var now = time.GetUtcNow();
        var conference = ChildProtectionConference.Initial(Guid.CreateVersion7(now), request.EnquiryId, request.ReferralId, request.LaChildId!,
            preBirth: true, request.TargetDate!.Value, now);
        db.Conferences.Add(conference);
        db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
        {
            Scope = PreBirthScope, Key = idempotencyKey!, RequestHash = fingerprint, ResourceId = conference.Id.ToString(), CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same key arrived twice at once and the other request won: answer as its replay.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(db, idempotencyKey!, fingerprint, ct) is { } raced) return raced;
            throw;
        }
        return TypedResults.Created($"/api/conferences/{conference.Id}", await ViewAsync(db, conference, ct));
    }

    private static async Task<Results<Created<ConferenceView>, Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ConferencesDbContext db, string key, string fingerprint, CancellationToken ct)
    {
        var earlier = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == PreBirthScope && r.Key == key, ct);
        if (earlier is null) return null;
        if (earlier.RequestHash != fingerprint)
            return Problems.Conflict("The idempotency key was used for a different conference.",
                "This Idempotency-Key was first sent with a different body. Send a new key for a new conference.", IdempotencyKey.HeaderName);
        var id = Guid.Parse(earlier.ResourceId);
        var conference = await db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        return TypedResults.Ok(await ViewAsync(db, conference, ct));
    }

    /// <summary>
    /// Records who holds the case: the allocated social worker, their line manager and the allocated LCPP.
    /// Changing it under an arranged chair who would no longer be independent is refused.
    /// </summary>
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> RecordCaseTeam(
        Guid id, CaseTeamRequest request, ConferencesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = ConferenceRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        if (conference.IsHeld) return Problems.Conflict("The conference has been held.", "The case team is recorded before the conference.", "socialWorkerId");
        var team = new CaseTeam(request.SocialWorkerId!, request.LineManagerId!, request.LcppId!, request.RecordedBy!, time.GetUtcNow());
        if (conference.Arrangements is { } arranged && ChairIndependence.IsBroken(arranged.ChairId, team))
            return Problems.Unprocessable("socialWorkerId", "The arranged chair would not be independent of this case team: arrange another chair first.");
        conference.RecordCaseTeam(team);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(db, conference, ct));
    }

    /// <summary>
    /// Sets (or moves) the date, mode and venue, the chair and the invitees. The date is a working day; after the
    /// target it needs a reason and counts as late. The chair is independent of the case team. An initial
    /// conference tells other services through the outbox (<see cref="InitialConferenceScheduled"/>).
    /// </summary>
    public static async Task<Results<Ok<ConferenceView>, ValidationProblem, ProblemHttpResult>> Arrange(
        Guid id, ArrangementsRequest request, ConferencesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var errors = ConferenceRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var conference = await db.Conferences.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null) return Problems.NotFound("conference", id);
        if (conference.IsHeld) return Problems.Conflict("The conference has been held.", "A held conference is not re-arranged.", "date");
        if (conference.Status == ConferenceStatus.Cancelled) return Problems.Conflict("The conference was cancelled.", "The plan it would have reviewed has ended.", "date");

        var date = request.Date!.Value;
        if (ConferenceOnAWorkingDay.IsBroken(date, calendar)) return Problems.Unprocessable("date", ConferenceOnAWorkingDay.Message);
        if (conference.CaseTeam is null) return Problems.Unprocessable("chairId", ChairIndependence.NoCaseTeamMessage);
        if (ChairIndependence.IsBroken(request.ChairId!, conference.CaseTeam)) return Problems.Unprocessable("chairId", ChairIndependence.Message);
        if (ConferenceLateness.IsBroken(date, conference.TargetDate, request.LateReason)) return Problems.Unprocessable("lateReason", ConferenceLateness.Message);
        if (conference.PlanId is { } planId)
        {
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
            if (ReviewAfterPlanStart.IsBroken(date, plan.StartDate)) return Problems.Unprocessable("date", ReviewAfterPlanStart.Message);
        }
        var ended = await ParentAdvocates.EndedAsync(db, conference.LaChildId, ct);
        for (var i = 0; i < request.Invitees!.Count; i++)
        {
            if (request.Invitees[i]!.Kind == InviteeKinds.Advocate && ended.Contains(request.Invitees[i]!.PersonId!))
                return Problems.Unprocessable($"invitees[{i}].personId", "This advocate's advocacy for the child's parent has ended: they are not invited again.");
        }

        var late = ConferenceLateness.IsLate(date, conference.TargetDate);
        conference.Arrange(new ConferenceArrangements(date, request.Mode!, request.Venue?.Trim(), request.ChairId!,
            request.Invitees.Select(i => new Invitee(i!.Kind!, i.PersonId!, i.Agency)).ToList(),
            late, late ? request.LateReason!.Trim() : null, request.ArrangedBy!, time.GetUtcNow()));
        if (conference.Kind == ConferenceKinds.Initial)
        {
            outbox.Add(new InitialConferenceScheduled(conference.Id, conference.EnquiryId, conference.ReferralId, conference.LaChildId,
                date, conference.TargetDate, late, conference.PreBirth));
        }
        await db.SaveChangesAsync(ct); // a racing change fails on the row version: 409
        return TypedResults.Ok(await ViewAsync(db, conference, ct));
    }

    internal static async Task<ConferenceView> ViewAsync(ConferencesDbContext db, ChildProtectionConference conference, CancellationToken ct)
    {
        var advocates = conference.IsHeld ? [] : await ParentAdvocates.ToInviteAsync(db, conference.LaChildId, ct);
        var familyPlan = await db.FamilyPlans.AsNoTracking().Where(p => p.LaChildId == conference.LaChildId)
            .OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.PlanVersion).FirstOrDefaultAsync(ct);
        return ConferenceView.From(conference, advocates, familyPlan);
    }
}
