using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Apis.Validation;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Domain.Rules;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>
/// Requests for a family network meeting and their course: the offer to the family, their answer, the
/// coordinator, the date, and the meeting as held.
/// </summary>
public static class MeetingRequestsApi
{
    public static IEndpointRouteBuilder MapMeetingRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/familynetworks/requests").WithTags("Family network meeting requests");
        api.MapPost("/", RequestMeeting).WithName("RequestFamilyNetworkMeeting");
        api.MapGet("/", ListRequests).WithName("ListFamilyNetworkMeetingRequests");
        api.MapGet("/{id:guid}", GetRequest).WithName("GetFamilyNetworkMeetingRequest");
        api.MapPost("/{id:guid}/offer", RecordOffer).WithName("RecordFamilyNetworkMeetingOffer");
        api.MapPost("/{id:guid}/answer", RecordAnswer).WithName("RecordFamilyAnswer");
        api.MapPut("/{id:guid}/coordinator", AllocateCoordinator).WithName("AllocateFamilyNetworkCoordinator");
        api.MapPut("/{id:guid}/meeting-date", ScheduleMeeting).WithName("ScheduleFamilyNetworkMeeting");
        api.MapPost("/{id:guid}/meeting", RecordMeeting).WithName("RecordFamilyNetworkMeetingHeld");
        return app;
    }

    public const string AwaitingOffer = "offer";
    public const string AwaitingAnswer = "answer";
    public const string AwaitingDate = "date";

    /// <summary>
    /// Asks for a meeting for a child at a stage of a referral. The first request for that child, stage and
    /// referral answers 201; any later one (from a practitioner or an event) answers 200 with the same request.
    /// </summary>
    public static async Task<Results<Created<MeetingRequestView>, Ok<MeetingRequestView>, ValidationProblem>> RequestMeeting(
        RequestMeetingRequest request, RequestIntake intake, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var trigger = new RequestIntake.Trigger(request.LaChildId!, request.Stage!, request.ReferralId, RequestSources.Practitioner, null,
            request.RequestedBy, time.GetUtcNow(), request.NeededBy);
        var (opened, created) = await intake.OpenAsync(trigger, ct);
        if (!created) return TypedResults.Ok(MeetingRequestView.From(opened));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // An event or another practitioner opened it at the same moment: answer with theirs.
            db.ChangeTracker.Clear();
            var raced = await intake.FindAsync(opened.LaChildId, opened.Stage, opened.EpisodeId, ct);
            if (raced is null) throw;
            return TypedResults.Ok(MeetingRequestView.From(raced));
        }
        return TypedResults.Created($"/api/familynetworks/requests/{opened.Id}", MeetingRequestView.From(opened));
    }

    /// <summary>
    /// Requests, the meeting most urgently needed first: by child, referral, stage or status, or the work lists
    /// <c>awaiting=offer</c> (not yet offered), <c>awaiting=answer</c> (offers awaiting the family's answer) and
    /// <c>awaiting=date</c> (accepted meetings without a date).
    /// </summary>
    public static async Task<Results<Ok<List<MeetingRequestView>>, ValidationProblem>> ListRequests(
        string? laChildId, Guid? referralId, string? stage, string? status, string? awaiting, FamilyNetworksDbContext db, CancellationToken ct)
    {
        string[] awaitings = [AwaitingOffer, AwaitingAnswer, AwaitingDate];
        var errors = new Dictionary<string, string[]>();
        if (stage is not null && !FamilyNetworkStages.All.Contains(stage)) errors["stage"] = [$"The stage must be one of: {string.Join(", ", FamilyNetworkStages.All)}."];
        if (status is not null && !RequestStatus.All.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", RequestStatus.All)}."];
        if (awaiting is not null && !awaitings.Contains(awaiting)) errors["awaiting"] = [$"The work list must be one of: {string.Join(", ", awaitings)}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var query = db.MeetingRequests.AsNoTracking();
        if (laChildId is not null) query = query.Where(r => r.LaChildId == laChildId);
        if (referralId is { } id) query = query.Where(r => r.ReferralId == id);
        if (stage is not null) query = query.Where(r => r.Stage == stage);
        if (status is not null) query = query.Where(r => r.Status == status);
        var awaitingStatus = awaiting switch
        {
            AwaitingOffer => RequestStatus.Requested,
            AwaitingAnswer => RequestStatus.Offered,
            AwaitingDate => RequestStatus.Accepted,
            _ => null,
        };
        if (awaitingStatus is not null) query = query.Where(r => r.Status == awaitingStatus);
        var list = await query.OrderBy(r => r.NeededBy == null).ThenBy(r => r.NeededBy).ThenBy(r => r.RequestedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(r => MeetingRequestView.From(r)).ToList());
    }

    public static async Task<Results<Ok<MeetingRequestView>, ProblemHttpResult>> GetRequest(Guid id, FamilyNetworksDbContext db, CancellationToken ct)
    {
        var found = await db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        var planId = await db.FamilyPlans.Where(p => p.RequestId == id).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        return TypedResults.Ok(MeetingRequestView.From(found, planId));
    }

    /// <summary>Records the offer to the family (once). Before proceedings, the letter before proceedings must state it.</summary>
    public static async Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordOffer(
        Guid id, OfferRequest request, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Offer is not null)
            return Problems.Conflict("The meeting has already been offered.", "An offer is recorded once; a later stage is a new request.", "offeredOn");
        if (OfferRule.Check(found, request.OfferedOn!.Value, request.LetterBeforeProceedingsOn, LondonClock.Today(time)) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        found.RecordOffer(new FamilyNetworkOffer(
            request.OfferedTo!.Select(p => new OfferedPerson(p!.Name!.Trim(), p.Relationship!)).ToList(),
            request.OfferedOn.Value, request.OfferedBy!, request.LetterBeforeProceedingsOn, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(MeetingRequestView.From(found));
    }

    /// <summary>Records the family's answer (once): accepted, or declined with their reason.</summary>
    public static async Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordAnswer(
        Guid id, AnswerRequest request, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Answer is not null)
            return Problems.Conflict("The family has already answered.", "The answer to an offer is recorded once.", "answer");
        if (AnswerRule.Check(found, request.AnsweredOn!.Value, LondonClock.Today(time)) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        var accepted = request.Answer == MeetingRequestRules.Accepted;
        found.RecordAnswer(new OfferAnswer(accepted, request.AnsweredOn.Value, accepted ? null : request.DeclineReason!.Trim(), request.RecordedBy!, time.GetUtcNow()));
        await db.SaveChangesAsync(ct); // a racing second answer fails on the row version: 409
        return TypedResults.Ok(MeetingRequestView.From(found));
    }

    /// <summary>Allocates (or re-allocates) the coordinator who prepares the meeting, until it is held.</summary>
    public static async Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> AllocateCoordinator(
        Guid id, CoordinatorRequest request, FamilyNetworksDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Meeting is not null)
            return Problems.Conflict("The meeting has been held.", "A coordinator is allocated to prepare a meeting, not after it.", "coordinatorId");
        if (CoordinatorRule.Check(found, request.Independent!.Value, request.AllocatedOn!.Value, LondonClock.Today(time)) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        found.Allocate(new Coordinator(request.CoordinatorId!, request.Independent.Value, request.AllocatedOn.Value, request.AllocatedBy!));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(MeetingRequestView.From(found));
    }

    /// <summary>Gives an accepted meeting its date (again, to move it) until it is held.</summary>
    public static async Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> ScheduleMeeting(
        Guid id, MeetingDateRequest request, FamilyNetworksDbContext db, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Meeting is not null)
            return Problems.Conflict("The meeting has been held.", "A held meeting is not given a new date.", "scheduledFor");
        if (MeetingDateRule.Check(found, request.ScheduledFor!.Value) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        found.Schedule(request.ScheduledFor.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(MeetingRequestView.From(found));
    }

    /// <summary>
    /// Records the meeting as held (once): the network, the child's part, private family time.
    /// <see cref="FamilyNetworkMeetingHeld"/> carries counts only; who came stays here.
    /// </summary>
    public static async Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordMeeting(
        Guid id, MeetingHeldRequest request, FamilyNetworksDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = MeetingRequestRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return Problems.NotFound("family network meeting request", id);
        if (found.Meeting is not null)
            return Problems.Conflict("The meeting has already been recorded.", "A meeting is recorded once; a new meeting is a new request.", "heldOn");
        if (MeetingHeldRule.Check(found, request.HeldOn!.Value, LondonClock.Today(time)) is { } breach)
            return Problems.Unprocessable(breach.Field, breach.Message);

        var now = time.GetUtcNow();
        var meeting = new FamilyNetworkMeeting(Guid.CreateVersion7(now), request.HeldOn.Value,
            request.NetworkMembers!.Select(m => new NetworkMember(m!.Name!.Trim(), m.Relationship!, m.Offers!.Select(o => o!).ToList(), m.Present!.Value)).ToList(),
            new ChildParticipation(request.ChildParticipation!.TookPart!.Value, request.ChildParticipation.How!),
            request.PrivateFamilyTime!.Value, found.Coordinator!.CoordinatorId, request.RecordedBy!, now);
        found.RecordMeeting(meeting);
        outbox.Add(new FamilyNetworkMeetingHeld(meeting.MeetingId, found.Id, found.ReferralId, found.LaChildId, meeting.HeldOn,
            meeting.MembersPresent, meeting.ChildParticipation.TookPart));
        await db.SaveChangesAsync(ct); // a racing second record fails on the row version: 409
        return TypedResults.Ok(MeetingRequestView.From(found));
    }
}
