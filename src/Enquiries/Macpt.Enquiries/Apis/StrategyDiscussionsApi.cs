using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Macpt.Enquiries.Apis.StrategyDiscussionQuery;

namespace Macpt.Enquiries.Apis;

public static class StrategyDiscussionsApi
{
    public static IEndpointRouteBuilder MapStrategyDiscussionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enquiries/strategy-discussions").WithTags("Strategy discussions");
        api.MapGet("/", ListStrategyDiscussions).WithName("ListStrategyDiscussions").RequireAuthorization(AccessPolicies.CaseWork);
        api.MapPost("/", RequestDirectly).WithName("ConveneStrategyDiscussionForKnownChild").RequireAuthorization(AccessPolicies.CaseWork);
        // A partner reads a discussion it was part of (object-level: EnquiryAccess).
        api.MapGet("/{id:guid}", GetStrategyDiscussion).WithName("GetStrategyDiscussion").RequireAuthorization(AccessPolicies.PartnerView);
        api.MapPut("/{id:guid}/convening", Convene).WithName("ConveneStrategyDiscussion").RequireAuthorization(AccessPolicies.CaseWork);
        // The threshold decision is the LCPP's.
        api.MapPost("/{id:guid}/outcome", RecordOutcome).WithName("RecordStrategyDiscussionOutcome").RequireAuthorization(AccessPolicies.ThresholdDecision);
        return app;
    }

    /// <summary>
    /// Strategy discussions, soonest due first (immediate-protection discussions are due the day they are asked
    /// for); only a discussion not yet held can be due or overdue.
    /// </summary>
    public static async Task<Results<Ok<Paged<StrategyDiscussionView>>, ValidationProblem>> ListStrategyDiscussions(
        [AsParameters] StrategyDiscussionQuery q, [AsParameters] PageQuery page, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = ListStrategyDiscussionsValidation.Check(q, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = s.Today;
        var query = s.Db.StrategyDiscussions.AsNoTracking();
        if (q.ReferralId is { } id) query = query.Where(d => d.ReferralId == id);
        if (q.Status is { } status) query = status == NotYetHeld ? query.Where(d => d.Status != StrategyDiscussionStatus.Held) : query.Where(d => d.Status == status);
        if (q.Due is not null) query = query.Where(d => d.Status != StrategyDiscussionStatus.Held);
        query = q.Due switch
        {
            DueToday => query.Where(d => d.DueBy == today),
            Overdue => query.Where(d => d.DueBy < today),
            DueTodayOrOverdue => query.Where(d => d.DueBy <= today),
            _ => query,
        };
        var found = await query.OrderBy(d => d.DueBy).ThenBy(d => d.RequestedAt).ThenBy(d => d.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(d => StrategyDiscussionView.From(d, [])));
    }

    /// <summary>
    /// An LCPP convenes a discussion for a child already known (a new concern on an open case); while one is pending
    /// for the child a second is refused (409). An optional Idempotency-Key makes a resend answer the first (200).
    /// </summary>
    public static async Task<Results<Created<StrategyDiscussionView>, Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> RequestDirectly(
        NewStrategyDiscussionRequest request, [AsParameters] IdempotentRequest idempotency,
        ConveneStrategyDiscussion convene, HttpContext http, CancellationToken ct)
    {
        if (idempotency.Key is not null && !IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = NewStrategyDiscussionValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await convene.RunAsync(new(request.LaChildId!, request.ReferralId, request.Urgency!, request.Concern!, http.Actor().Id, request.ExpectedDateOfBirth),
            idempotency.Key, ct);
        return outcome.ToResult(idempotency.Response, d => $"/api/enquiries/strategy-discussions/{d.Id}");
    }

    /// <summary>Sets the date, the chair and who is invited (again, to move it) until held; <c>discussedWith</c> convenes siblings at the same meeting.</summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> Convene(
        Guid id, ConveneRequest request, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = ConveneValidation.Check(id, request, s.Time.GetUtcNow());
        if (!errors.IsValid) return Problems.Invalid(errors);
        var otherIds = request.DiscussedWith ?? [];
        var found = await s.Db.StrategyDiscussions.Where(d => d.Id == id || otherIds.Contains(d.Id)).ToListAsync(ct);
        if (otherIds.Prepend(id).FirstOrDefault(o => found.All(d => d.Id != o)) is var unknown && unknown != Guid.Empty)
            return Problems.NotFound("strategy discussion", unknown);
        var discussion = found.Single(d => d.Id == id);
        discussion.Convene(request.ScheduledFor!.Value.ToUniversalTime(), request.ChairId!, Attendees(request.Attendees!), found.Where(d => d.Id != id).ToList());
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(StrategyDiscussionView.From(discussion, await JointWithAsync(s, discussion, ct)));
    }

    /// <summary>
    /// Records the threshold decision (the discussion refuses it without the local authority, police and health, 422;
    /// dated in the future, 422). When the threshold is met a Section 47 enquiry starts, its initial conference due 15
    /// working days on, unless the child has one open: then the discussion joins that one. Out of hours
    /// (<c>heldBy</c> emergency-duty-team or police) it is dated the day it was held and the target counts from then.
    /// </summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> RecordOutcome(
        Guid id, OutcomeRequest request, [AsParameters] EnquiriesServices s, RecordStrategyDiscussionOutcome record, CancellationToken ct)
    {
        var errors = StrategyDiscussionOutcomeValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var now = s.Time.GetUtcNow();
        var discussion = await record.RunAsync(id, new StrategyDiscussionOutcome(request.HeldOn!.Value, request.ThresholdMet!.Value, request.Reasons!.Trim(),
            Attendees(request.Attended!), (request.SafetyActions ?? []).Select(a => new SafetyAction(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value)).ToList(),
            request.OfferFamilyNetworkMeeting ?? false, s.Actor.Id, now, request.HeldBy ?? StrategyDiscussionHeldBy.Macpt), ct);
        if (discussion is null) return Problems.NotFound("strategy discussion", id);
        return TypedResults.Ok(StrategyDiscussionView.From(discussion, await JointWithAsync(s, discussion, ct)));
    }

    /// <summary>A partner agency sees a discussion it was invited to or attended; any other is not found (404).</summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ProblemHttpResult>> GetStrategyDiscussion(
        Guid id, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var found = await s.Db.StrategyDiscussions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        return found is null || !EnquiryAccess.MaySee(s.Actor, found) ? Problems.NotFound("strategy discussion", id) : TypedResults.Ok(StrategyDiscussionView.From(found, await JointWithAsync(s, found, ct)));
    }

    private static List<Attendee> Attendees(IEnumerable<AttendeeRequest?> attendees) =>
        attendees.Select(a => new Attendee(a!.Agency!, a.Role!.Trim(), a.PractitionerId)).ToList();

    private static async Task<IReadOnlyList<Guid>> JointWithAsync(EnquiriesServices s, StrategyDiscussion d, CancellationToken ct) =>
        d.JointMeetingId is { } meeting
            ? await s.Db.StrategyDiscussions.AsNoTracking().Where(o => o.JointMeetingId == meeting && o.Id != d.Id).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct)
            : [];
}
