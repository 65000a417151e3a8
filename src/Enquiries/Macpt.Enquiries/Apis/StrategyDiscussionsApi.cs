using Macpt.Contracts.Enquiries;
using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;
using Macpt.Enquiries.Infrastructure;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Apis;

public static class StrategyDiscussionsApi
{
    public static IEndpointRouteBuilder MapStrategyDiscussionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enquiries/strategy-discussions").WithTags("Strategy discussions");
        api.MapGet("/", ListStrategyDiscussions).WithName("ListStrategyDiscussions");
        api.MapPost("/", RequestDirectly).WithName("ConveneStrategyDiscussionForKnownChild");
        api.MapGet("/{id:guid}", GetStrategyDiscussion).WithName("GetStrategyDiscussion");
        api.MapPut("/{id:guid}/convening", Convene).WithName("ConveneStrategyDiscussion");
        api.MapPost("/{id:guid}/outcome", RecordOutcome).WithName("RecordStrategyDiscussionOutcome");
        return app;
    }

    public const string NotYetHeld = "not-held";
    public const string DueToday = "today";
    public const string Overdue = "overdue";
    public const string DueTodayOrOverdue = "today-or-overdue";

    /// <summary>
    /// Strategy discussions, soonest due first: optionally for one referral, by status (<c>not-held</c>
    /// covers awaiting and convened), and by due date in London (<c>due=today|overdue|today-or-overdue</c>;
    /// immediate-protection discussions are due the day they are asked for).
    /// </summary>
    public static async Task<Results<Ok<List<StrategyDiscussionView>>, ValidationProblem>> ListStrategyDiscussions(
        Guid? referralId, string? status, string? due, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        string[] statuses = [StrategyDiscussionStatus.Awaiting, StrategyDiscussionStatus.Convened, StrategyDiscussionStatus.Held, NotYetHeld];
        string[] dues = [DueToday, Overdue, DueTodayOrOverdue];
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !statuses.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", statuses)}."];
        if (due is not null && !dues.Contains(due)) errors["due"] = [$"The due filter must be one of: {string.Join(", ", dues)}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var today = LondonClock.Today(time);
        var query = db.StrategyDiscussions.AsNoTracking();
        if (referralId is { } id) query = query.Where(s => s.ReferralId == id);
        query = status switch
        {
            null => query,
            NotYetHeld => query.Where(s => s.Status != StrategyDiscussionStatus.Held),
            _ => query.Where(s => s.Status == status),
        };
        // Only a discussion not yet held can be due or overdue.
        if (due is not null) query = query.Where(s => s.Status != StrategyDiscussionStatus.Held);
        query = due switch
        {
            DueToday => query.Where(s => s.DueBy == today),
            Overdue => query.Where(s => s.DueBy < today),
            DueTodayOrOverdue => query.Where(s => s.DueBy <= today),
            _ => query,
        };
        var list = await query.OrderBy(s => s.DueBy).ThenBy(s => s.RequestedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(s => StrategyDiscussionView.From(s, [])).ToList());
    }

    /// <summary>
    /// An LCPP convenes a discussion for a child already known (a new concern on an open case). While one is
    /// pending for the child, a second is refused (409 naming it): the new concern belongs in that one.
    /// Resending with the same Idempotency-Key answers the first again.
    /// </summary>
    public static async Task<Results<Created<StrategyDiscussionView>, Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> RequestDirectly(
        NewStrategyDiscussionRequest request, HttpContext http, EnquiriesDbContext db, LegacyIdempotentCreation<EnquiriesDbContext> idempotency, WorkingDayCalendar calendar,
        IOptions<StrategyDiscussionTargets> targets, TimeProvider time, CancellationToken ct)
    {
        var errors = StrategyDiscussionRules.Check(request);
        var key = http.Request.Headers[IdempotencyKey.HeaderName].ToString();
        if (key.Length > 0 && !IdempotencyKey.IsValid(key)) errors[IdempotencyKey.HeaderName] = ["The key is 1 to 200 visible ASCII characters."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        switch (key.Length > 0 ? await idempotency.FindAsync(DirectScope, key, request, ct) : null)
        {
            case IdempotentEarlier.KeyReused:
                return Problems.Conflict("The Idempotency-Key was used for another request.", "Use a new key for a new request.", IdempotencyKey.HeaderName);
            case IdempotentEarlier.Replay replay:
                var first = await db.StrategyDiscussions.AsNoTracking().SingleAsync(s => s.Id == replay.ResourceId, ct);
                return TypedResults.Ok(StrategyDiscussionView.From(first, []));
        }
        var pending = await db.StrategyDiscussions.AsNoTracking()
            .Where(s => s.LaChildId == request.LaChildId && s.Status != StrategyDiscussionStatus.Held)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (pending is { } pendingId)
            return Problems.Conflict("A strategy discussion is already pending for the child.", $"Discussion {pendingId} is not yet held; record the new concern there.", "laChildId");
        if (request.ReferralId is { } referralId && await db.StrategyDiscussions.AnyAsync(s => s.ReferralId == referralId, ct))
            return Problems.Conflict("The referral already has a strategy discussion.", "One discussion per referral; convene without the referral id for a new concern.", "referralId");

        var now = time.GetUtcNow();
        var discussion = StrategyDiscussion.RequestedDirectly(Guid.CreateVersion7(now), request.ReferralId, request.LaChildId!, request.Urgency!,
            request.Concern!.Trim(), request.RequestedBy!, now, StrategyDiscussionDue.ForUrgency(request.Urgency!, now, targets.Value, calendar));
        db.StrategyDiscussions.Add(discussion);
        if (key.Length > 0) idempotency.Record(DirectScope, key, request, discussion.Id);
        await db.SaveChangesAsync(ct); // racing duplicates: the unique indexes answer 409
        return TypedResults.Created($"/api/enquiries/strategy-discussions/{discussion.Id}", StrategyDiscussionView.From(discussion, []));
    }

    private const string DirectScope = "enquiries.strategy-discussions.create";

    /// <summary>
    /// Sets the date, the chair and who is invited (again, to move it) until the discussion is held. Children
    /// discussed together (<c>discussedWith</c>: their discussions' ids, siblings say) are convened at the same
    /// meeting; each still gets its own outcome.
    /// </summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> Convene(
        Guid id, ConveneRequest request, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = StrategyDiscussionRules.Check(request, time.GetUtcNow());
        if (request.DiscussedWith?.Contains(id) == true) errors["discussedWith"] = ["A discussion is not discussed with itself."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var discussion = await db.StrategyDiscussions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (discussion is null) return Problems.NotFound("strategy discussion", id);
        if (discussion.Outcome is not null)
            return Problems.Conflict("The discussion has been held.", "A held discussion is not re-convened; convene a new one for a new concern.", "scheduledFor");

        var otherIds = request.DiscussedWith ?? [];
        var others = await db.StrategyDiscussions.Where(s => otherIds.Contains(s.Id)).ToListAsync(ct);
        if (otherIds.FirstOrDefault(o => others.All(s => s.Id != o)) is var unknown && unknown != Guid.Empty)
            return Problems.NotFound("strategy discussion", unknown);
        if (others.FirstOrDefault(s => s.Outcome is not null) is { } held)
            return Problems.Conflict("A discussion to join has been held.", $"Discussion {held.Id} is held already.", "discussedWith");

        var scheduledFor = request.ScheduledFor!.Value.ToUniversalTime();
        Guid? jointMeetingId = others.Count > 0 ? discussion.JointMeetingId ?? discussion.Id : null;
        foreach (var s in others.Prepend(discussion))
        {
            s.Convene(scheduledFor, request.ChairId!, request.Attendees!.Select(a => new Attendee(a!.Agency!, a.Role!.Trim(), a.PractitionerId)), jointMeetingId);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(StrategyDiscussionView.From(discussion, await JointWithAsync(db, discussion, ct)));
    }

    /// <summary>
    /// Records the threshold decision. Without the local authority, police and health it is refused (422,
    /// naming who is missing). When the threshold is met a Section 47 enquiry starts, its initial
    /// conference due 15 working days after the discussion; the events leave through the outbox.
    /// </summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> RecordOutcome(
        Guid id, OutcomeRequest request, EnquiriesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var errors = StrategyDiscussionRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var discussion = await db.StrategyDiscussions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (discussion is null) return Problems.NotFound("strategy discussion", id);
        if (discussion.Outcome is not null)
            return Problems.Conflict("The discussion's outcome has already been recorded.", "A threshold decision is recorded once.", "thresholdMet");

        var attended = request.Attended!.Select(a => new Attendee(a!.Agency!, a.Role!.Trim(), a.PractitionerId)).ToList();
        var missing = RequiredAttendees.MissingFrom(attended);
        if (missing.Count > 0)
            return Problems.Unprocessable("attended", $"A threshold decision needs the local authority, police and health; missing: {string.Join(", ", missing)}.");
        var heldOn = request.HeldOn!.Value;
        if (discussion.ScheduledFor is { } scheduled && heldOn < LondonClock.ToLondonDate(scheduled))
            return Problems.Unprocessable("heldOn", "The outcome is dated before the discussion was scheduled to take place.");
        if (heldOn < LondonClock.ToLondonDate(discussion.RequestedAt))
            return Problems.Unprocessable("heldOn", "The outcome is dated before the discussion was asked for.");

        var now = time.GetUtcNow();
        var outcome = new StrategyDiscussionOutcome(heldOn, request.ThresholdMet!.Value, request.Reasons!.Trim(), attended,
            (request.SafetyActions ?? []).Select(a => new SafetyAction(a!.Action!.Trim(), a.OwnerAgency!, a.DueBy!.Value)).ToList(),
            request.OfferFamilyNetworkMeeting ?? false, request.RecordedBy!, now);
        discussion.RecordOutcome(outcome);
        outbox.Add(new StrategyDiscussionHeld(discussion.Id, discussion.ReferralId, discussion.LaChildId, heldOn, outcome.ThresholdMet, outcome.OfferFamilyNetworkMeeting));
        if (outcome.ThresholdMet)
        {
            var enquiry = Section47Enquiry.Start(Guid.CreateVersion7(now), discussion, heldOn, InitialConferenceTarget.After(heldOn, calendar), now);
            db.Section47Enquiries.Add(enquiry);
            outbox.Add(new Section47EnquiryStarted(enquiry.Id, enquiry.ReferralId, enquiry.LaChildId, enquiry.StartDate, enquiry.InitialConferenceTarget));
        }
        await db.SaveChangesAsync(ct); // a racing second outcome fails on the row version: 409
        return TypedResults.Ok(StrategyDiscussionView.From(discussion, await JointWithAsync(db, discussion, ct)));
    }

    public static async Task<Results<Ok<StrategyDiscussionView>, ProblemHttpResult>> GetStrategyDiscussion(Guid id, EnquiriesDbContext db, CancellationToken ct)
    {
        var found = await db.StrategyDiscussions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return found is null ? Problems.NotFound("strategy discussion", id) : TypedResults.Ok(StrategyDiscussionView.From(found, await JointWithAsync(db, found, ct)));
    }

    private static async Task<IReadOnlyList<Guid>> JointWithAsync(EnquiriesDbContext db, StrategyDiscussion s, CancellationToken ct) =>
        s.JointMeetingId is { } meeting
            ? await db.StrategyDiscussions.AsNoTracking().Where(o => o.JointMeetingId == meeting && o.Id != s.Id).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct)
            : [];
}

/// <summary>A discussion as practitioners see it; the concern behind a direct one is shown, never logged.</summary>
public sealed record StrategyDiscussionView(Guid Id, Guid? ReferralId, string LaChildId, string Urgency, string Status, string Source, string? RequestedBy,
    string? Concern, DateTimeOffset RequestedAt, DateOnly DueBy, DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<Attendee> Attendees,
    IReadOnlyList<Guid> DiscussedWith, StrategyDiscussionOutcome? Outcome)
{
    public static StrategyDiscussionView From(StrategyDiscussion s, IReadOnlyList<Guid> discussedWith) =>
        new(s.Id, s.ReferralId, s.LaChildId, s.Urgency, s.Status, s.Source, s.RequestedBy, s.Concern, s.RequestedAt, s.DueBy, s.ScheduledFor, s.ChairId,
            s.Attendees, discussedWith, s.Outcome);
}
