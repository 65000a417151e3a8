using Macpt.Contracts.Enquiries;
using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Messaging.Outbox;
using Macpt.Enquiries.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Apis;

public static class Section47EnquiriesApi
{
    public const string TargetWithin3WorkingDays = "within-3-working-days";
    public const string TargetPassed = "passed";

    public static IEndpointRouteBuilder MapSection47EnquiriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/enquiries/section-47-enquiries").WithTags("Section 47 enquiries");
        api.MapGet("/", ListEnquiries).WithName("ListSection47Enquiries");
        api.MapGet("/{id:guid}", GetEnquiry).WithName("GetSection47Enquiry");
        api.MapPut("/{id:guid}/child-seen", RecordChildSeen).WithName("RecordChildSeen");
        api.MapPost("/{id:guid}/outcome", Complete).WithName("CompleteSection47Enquiry");
        return app;
    }

    /// <summary>
    /// Open enquiries, optionally for one referral, or those whose initial conference target is within
    /// 3 working days (<c>icpcTarget=within-3-working-days</c>) or has passed (<c>icpcTarget=passed</c>).
    /// </summary>
    public static async Task<Results<Ok<List<Section47EnquiryView>>, ValidationProblem>> ListEnquiries(
        Guid? referralId, string? icpcTarget, EnquiriesDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        if (icpcTarget is not null and not (TargetWithin3WorkingDays or TargetPassed))
            return Problems.Invalid("icpcTarget", $"The filter must be {TargetWithin3WorkingDays} or {TargetPassed}.");
        var today = LondonClock.Today(time);
        var query = db.Section47Enquiries.AsNoTracking().Where(e => e.Status == Section47Status.Open);
        if (referralId is { } r) query = query.Where(e => e.ReferralId == r);
        if (icpcTarget == TargetPassed) query = query.Where(e => e.InitialConferenceTarget < today);
        if (icpcTarget == TargetWithin3WorkingDays)
        {
            var horizon = calendar.AddWorkingDays(today, 3);
            query = query.Where(e => e.InitialConferenceTarget >= today && e.InitialConferenceTarget <= horizon);
        }
        var list = await query.OrderBy(e => e.InitialConferenceTarget).ThenBy(e => e.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(Section47EnquiryView.From).ToList());
    }

    public static async Task<Results<Ok<Section47EnquiryView>, ValidationProblem, ProblemHttpResult>> RecordChildSeen(
        Guid id, ChildSeenRequest request, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = Section47Rules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var enquiry = await db.Section47Enquiries.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null) return Problems.NotFound("Section 47 enquiry", id);
        if (enquiry.Outcome is not null) return Problems.Conflict("The enquiry is completed.", "Nothing more is recorded on a completed enquiry.", "seenOn");
        if (request.SeenOn!.Value < enquiry.StartDate) return Problems.Unprocessable("seenOn", "The child was seen before the enquiry started.");
        enquiry.RecordChildSeen(new ChildSeen(request.SeenOn.Value, request.SeenAlone!.Value, request.ChildsWords!.Trim(), request.OthersSeen?.Trim(), request.RecordedBy!));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Section47EnquiryView.From(enquiry));
    }

    /// <summary>
    /// Completes the enquiry with its outcome and reasons; a conference-required outcome tells the
    /// conferences service, through the outbox, to arrange the initial conference by the target date.
    /// </summary>
    public static async Task<Results<Ok<Section47EnquiryView>, ValidationProblem, ProblemHttpResult>> Complete(
        Guid id, CompleteEnquiryRequest request, EnquiriesDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = Section47Rules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var enquiry = await db.Section47Enquiries.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null) return Problems.NotFound("Section 47 enquiry", id);
        if (enquiry.Outcome is not null) return Problems.Conflict("The enquiry is already completed.", "An enquiry is completed once.", "outcome");
        if (request.CompletedOn!.Value < enquiry.StartDate) return Problems.Unprocessable("completedOn", "The enquiry is dated as completed before it started.");
        if (ChildMustBeSeen.IsBroken(enquiry, request.NotSeenReason)) return Problems.Unprocessable("notSeenReason", ChildMustBeSeen.Message);

        var outcome = new Section47Outcome(request.Outcome!, request.Reasons!.Trim(), request.CompletedOn.Value, request.NotSeenReason?.Trim(), request.RecordedBy!, time.GetUtcNow());
        enquiry.Complete(outcome);
        outbox.Add(new Section47EnquiryCompleted(enquiry.Id, enquiry.ReferralId, enquiry.LaChildId, outcome.CompletedOn, outcome.Outcome,
            outcome.ConferenceRequired, outcome.ConferenceRequired ? enquiry.InitialConferenceTarget : null));
        await db.SaveChangesAsync(ct); // a racing second completion fails on the row version: 409
        return TypedResults.Ok(Section47EnquiryView.From(enquiry));
    }

    public static async Task<Results<Ok<Section47EnquiryView>, ProblemHttpResult>> GetEnquiry(Guid id, EnquiriesDbContext db, CancellationToken ct)
    {
        var found = await db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return found is null ? Problems.NotFound("Section 47 enquiry", id) : TypedResults.Ok(Section47EnquiryView.From(found));
    }
}

public sealed record Section47EnquiryView(Guid Id, Guid StrategyDiscussionId, Guid? ReferralId, string LaChildId, string Status,
    DateOnly StrategyDiscussionDate, DateOnly S47ActualStartDate, DateOnly InitialCpcTarget, ChildSeen? ChildSeen, Section47Outcome? Outcome)
{
    public static Section47EnquiryView From(Section47Enquiry e) =>
        new(e.Id, e.StrategyDiscussionId, e.ReferralId, e.LaChildId, e.Status, e.StrategyDiscussionDate, e.StartDate, e.InitialConferenceTarget, e.ChildSeen, e.Outcome);
}
