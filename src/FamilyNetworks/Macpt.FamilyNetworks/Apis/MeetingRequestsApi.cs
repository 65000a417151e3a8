using Macpt.Contracts.FamilyNetworks;
using Macpt.FamilyNetworks.Apis.Validation;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Domain;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>
/// Requests for a family network meeting and their course: the offer to the family, their answer, the
/// coordinator, the date, and the meeting as held. Each write checks the request's shape, loads the request
/// (404), and lets the aggregate judge it: a broken rule answers 409 or 422 by the rule problem mapper.
/// </summary>
public static class MeetingRequestsApi
{
    public static IEndpointRouteBuilder MapMeetingRequestsApi(this IEndpointRouteBuilder app)
    {
        // Family network meetings are the local authority's own work: no partner reaches these routes.
        var api = app.MapGroup("/api/familynetworks/requests").WithTags("Family network meeting requests").RequireAuthorization(AccessPolicies.FamilyNetworks);
        api.MapPost("/", RequestMeeting).WithName("RequestFamilyNetworkMeeting");
        api.MapGet("/", ListRequests).WithName("ListFamilyNetworkMeetingRequests");
        api.MapGet("/{id:guid}", GetRequest).WithName("GetFamilyNetworkMeetingRequest");
        api.MapPost("/{id:guid}/offer", RecordOffer).WithName("RecordFamilyNetworkMeetingOffer");
        api.MapPost("/{id:guid}/answer", RecordAnswer).WithName("RecordFamilyAnswer");
        api.MapPost("/{id:guid}/best-interests-exception", RecordBestInterestsException).WithName("RecordBestInterestsException");
        api.MapPut("/{id:guid}/coordinator", AllocateCoordinator).WithName("AllocateFamilyNetworkCoordinator");
        api.MapPut("/{id:guid}/meeting-date", ScheduleMeeting).WithName("ScheduleFamilyNetworkMeeting");
        api.MapPost("/{id:guid}/meeting", RecordMeeting).WithName("RecordFamilyNetworkMeetingHeld");
        return app;
    }

    /// <summary>
    /// Asks for a meeting for a child at a stage of a referral. The first request for that child, stage and
    /// referral answers 201; any later one (from a practitioner or an event) answers 200 with the same request.
    /// </summary>
    public static async Task<Results<Created<MeetingRequestView>, Ok<MeetingRequestView>, ValidationProblem>> RequestMeeting(
        RequestMeetingRequest request, RequestIntake intake, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var errors = RequestMeetingValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var (opened, created) = await intake.FromPractitionerAsync(request.ToTrigger(http.Actor().Id, time.GetUtcNow()), ct);
        var view = MeetingRequestView.From(opened);
        return created ? TypedResults.Created($"/api/familynetworks/requests/{opened.Id}", view) : TypedResults.Ok(view);
    }

    /// <summary>Requests (<see cref="MeetingRequestsQuery"/>), the meeting most urgently needed first, a page at a time.</summary>
    public static async Task<Results<Ok<Paged<MeetingRequestView>>, ValidationProblem>> ListRequests(
        [AsParameters] MeetingRequestsQuery query, [AsParameters] PageQuery page, FamilyNetworksDbContext db, CancellationToken ct)
    {
        var errors = ListMeetingRequestsValidation.Check(query, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var found = await query.Filter(db.MeetingRequests.AsNoTracking())
            .OrderBy(r => r.NeededBy == null).ThenBy(r => r.NeededBy).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id)
            .ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(r => MeetingRequestView.From(r)));
    }

    public static async Task<Results<Ok<MeetingRequestView>, ProblemHttpResult>> GetRequest(Guid id, FamilyNetworksDbContext db, CancellationToken ct)
    {
        var found = await db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (found is null) return NotFound(id);
        var planId = await db.FamilyPlans.Where(p => p.RequestId == id).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        return TypedResults.Ok(MeetingRequestView.From(found, planId));
    }

    /// <summary>
    /// Records the offer to the family (once). Before proceedings, the letter before proceedings must state it. Publishes
    /// <see cref="FamilyNetworkMeetingOffered"/>.
    /// </summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordOffer(
        Guid id, OfferRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordOfferValidation.Check(request), s, r =>
        {
            r.RecordOffer(request.ToOffer(s.ActorId, s.Now()), s.Today());
            s.Outbox.Add(OfferEvents.Offered(r));
        }, ct);

    /// <summary>
    /// Records one offered person's answer (once each): accepted, or declined with their reason. One acceptance is enough (s.31ZA).
    /// Publishes <see cref="FamilyNetworkMeetingOfferAnswered"/>, settled once one accepted or everyone answered.
    /// </summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordAnswer(
        Guid id, AnswerRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordAnswerValidation.Check(request), s, r =>
        {
            var answer = request.ToAnswer(s.ActorId, s.Now());
            r.RecordAnswer(answer, s.Today());
            s.Outbox.Add(OfferEvents.Answered(r, answer));
        }, ct);

    /// <summary>
    /// Records the local authority's decision that the meeting is not in the child's best interests (Children Act 1989 s.31ZA),
    /// with its reason and who decided (the caller): the request closes (<see cref="FamilyNetworkMeetingRequestClosed"/>).
    /// </summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordBestInterestsException(
        Guid id, BestInterestsExceptionRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordBestInterestsExceptionValidation.Check(request), s, r =>
        {
            r.RecordBestInterestsException(request.DecidedOn!.Value, request.Reason!.Trim(), s.ActorId, s.Now(), s.Today());
            s.Outbox.Add(new FamilyNetworkMeetingRequestClosed(r.Id, r.ReferralId, r.LaChildId, r.Stage, r.Closure!.ClosedOn, r.Closure.Reason));
        }, ct);

    /// <summary>Allocates (or re-allocates) the coordinator who prepares the meeting, until it is held.</summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> AllocateCoordinator(
        Guid id, CoordinatorRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, AllocateCoordinatorValidation.Check(request), s, r => r.Allocate(request.ToCoordinator(s.ActorId), s.Today()), ct);

    /// <summary>Gives an accepted meeting its date (again, to move it) until it is held.</summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> ScheduleMeeting(
        Guid id, MeetingDateRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, ScheduleMeetingValidation.Check(request), s, r => r.Schedule(request.ScheduledFor!.Value), ct);

    /// <summary>
    /// Records the meeting as held (once): the network, the child's part, private family time.
    /// <see cref="FamilyNetworkMeetingHeld"/> carries counts only; who came stays here.
    /// </summary>
    public static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> RecordMeeting(
        Guid id, MeetingHeldRequest request, [AsParameters] FamilyNetworksServices s, CancellationToken ct) =>
        ChangeAsync(id, RecordMeetingValidation.Check(request), s, r =>
        {
            var meeting = r.RecordMeeting(Guid.CreateVersion7(s.Now()), request.HeldOn!.Value, request.ToNetwork(), request.ToChildParticipation(),
                request.PrivateFamilyTime!.Value, s.ActorId, s.Now(), s.Today());
            s.Outbox.Add(new FamilyNetworkMeetingHeld(meeting.MeetingId, r.Id, r.ReferralId, r.LaChildId, meeting.HeldOn,
                meeting.MembersPresent, meeting.ChildParticipation.TookPart));
        }, ct);

    private static Task<Results<Ok<MeetingRequestView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, RequestErrors errors, FamilyNetworksServices s, Action<FamilyNetworkMeetingRequest> change, CancellationToken ct) =>
        s.ChangeAsync(id, errors, change, r => MeetingRequestView.From(r), Resource, ct);

    private const string Resource = "family network meeting request";
    internal static ProblemHttpResult NotFound(Guid id) => Problems.NotFound(Resource, id);
}
