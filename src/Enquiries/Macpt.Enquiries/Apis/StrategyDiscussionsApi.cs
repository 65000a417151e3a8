using Macpt.Contracts.Enquiries;
using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Messaging.Outbox;
using Macpt.WorkingDays;
using Macpt.Enquiries.Infrastructure;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Apis;

public static class StrategyDiscussionsApi
{
    public static IEndpointRouteBuilder MapStrategyDiscussionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enquiries/strategy-discussions").WithTags("Strategy discussions");
        api.MapGet("/", ListStrategyDiscussions).WithName("ListStrategyDiscussions");
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
        return TypedResults.Ok(list.Select(StrategyDiscussionView.From).ToList());
    }

    /// <summary>Sets the date, the chair and who is invited (again, to move it) until the discussion is held.</summary>
    public static async Task<Results<Ok<StrategyDiscussionView>, ValidationProblem, ProblemHttpResult>> Convene(
        Guid id, ConveneRequest request, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = StrategyDiscussionRules.Check(request, time.GetUtcNow());
        if (errors.Count > 0) return Problems.Invalid(errors);
        var discussion = await db.StrategyDiscussions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (discussion is null) return Problems.NotFound("strategy discussion", id);
        if (discussion.Outcome is not null)
            return Problems.Conflict("The discussion has been held.", "A held discussion is not re-convened; convene a new one for a new concern.", "scheduledFor");
        discussion.Convene(request.ScheduledFor!.Value.ToUniversalTime(), request.ChairId!, request.Attendees!.Select(a => new Attendee(a!.Agency!, a.Role!.Trim(), a.PractitionerId)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(StrategyDiscussionView.From(discussion));
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
        outbox.Add(new StrategyDiscussionHeld(discussion.Id, discussion.ReferralId, discussion.LaChildId, heldOn, outcome.ThresholdMet));
        if (outcome.ThresholdMet)
        {
            var enquiry = Section47Enquiry.Start(Guid.CreateVersion7(now), discussion, heldOn, InitialConferenceTarget.After(heldOn, calendar), now);
            db.Section47Enquiries.Add(enquiry);
            outbox.Add(new Section47EnquiryStarted(enquiry.Id, enquiry.ReferralId, enquiry.LaChildId, enquiry.StartDate, enquiry.InitialConferenceTarget));
        }
        await db.SaveChangesAsync(ct); // a racing second outcome fails on the row version: 409
        return TypedResults.Ok(StrategyDiscussionView.From(discussion));
    }

    public static async Task<Results<Ok<StrategyDiscussionView>, ProblemHttpResult>> GetStrategyDiscussion(Guid id, EnquiriesDbContext db, CancellationToken ct)
    {
        var found = await db.StrategyDiscussions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return found is null ? Problems.NotFound("strategy discussion", id) : TypedResults.Ok(StrategyDiscussionView.From(found));
    }
}

public sealed record StrategyDiscussionView(Guid Id, Guid? ReferralId, string LaChildId, string Urgency, string Status, DateTimeOffset RequestedAt, DateOnly DueBy,
    DateTimeOffset? ScheduledFor, string? ChairId, IReadOnlyList<Attendee> Attendees, StrategyDiscussionOutcome? Outcome)
{
    public static StrategyDiscussionView From(StrategyDiscussion s) =>
        new(s.Id, s.ReferralId, s.LaChildId, s.Urgency, s.Status, s.RequestedAt, s.DueBy, s.ScheduledFor, s.ChairId, s.Attendees, s.Outcome);
}
