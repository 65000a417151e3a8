using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static Macpt.Enquiries.Apis.Section47EnquiryQuery;

namespace Macpt.Enquiries.Apis;

public static class Section47EnquiriesApi
{
    public static IEndpointRouteBuilder MapSection47EnquiriesApi(this IEndpointRouteBuilder app)
    {
        // The MACPT's own case work: partners take part through their agency checks.
        var api = app.MapGroup("/api/enquiries/section-47-enquiries").WithTags("Section 47 enquiries").RequireAuthorization(AccessPolicies.CaseWork);
        api.MapGet("/", ListEnquiries).WithName("ListSection47Enquiries");
        api.MapGet("/{id:guid}", GetEnquiry).WithName("GetSection47Enquiry");
        api.MapPut("/{id:guid}/child-seen", RecordChildSeen).WithName("RecordChildSeen");
        api.MapPost("/{id:guid}/outcome", Complete).WithName("CompleteSection47Enquiry");
        return app;
    }

    /// <summary>
    /// Open enquiries by ICPC target, soonest first: optionally for one referral, or those whose target is within
    /// 3 working days (<c>icpcTarget=within-3-working-days</c>) or has passed (<c>icpcTarget=passed</c>).
    /// </summary>
    public static async Task<Results<Ok<Paged<Section47EnquiryView>>, ValidationProblem>> ListEnquiries(
        [AsParameters] Section47EnquiryQuery q, [AsParameters] PageQuery page, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = ListSection47EnquiriesValidation.Check(q, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = s.Today;
        var query = s.Db.Section47Enquiries.AsNoTracking().Where(e => e.Status == Section47Status.Open);
        if (q.ReferralId is { } r) query = query.Where(e => e.ReferralId == r);
        if (q.IcpcTarget == TargetPassed) query = query.Where(e => e.InitialConferenceTarget < today);
        if (q.IcpcTarget == TargetWithin3WorkingDays)
        {
            var horizon = s.Calendar.AddWorkingDays(today, 3);
            query = query.Where(e => e.InitialConferenceTarget >= today && e.InitialConferenceTarget <= horizon);
        }
        var found = await query.OrderBy(e => e.InitialConferenceTarget).ThenBy(e => e.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(Section47EnquiryView.From));
    }

    /// <summary>The child seen and heard; the enquiry refuses it once completed (409) or dated before it started (422).</summary>
    public static async Task<Results<Ok<Section47EnquiryView>, ValidationProblem, ProblemHttpResult>> RecordChildSeen(
        Guid id, ChildSeenRequest request, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = ChildSeenValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.Db.ChangeAsync(id, "Section 47 enquiry",
            (Section47Enquiry enquiry) => enquiry.RecordChildSeen(new ChildSeen(request.SeenOn!.Value, request.SeenAlone!.Value, request.ChildsWords!.Trim(), request.OthersSeen?.Trim(), s.Actor.Id)), Section47EnquiryView.From, ct);
    }

    /// <summary>
    /// Completes the enquiry with its outcome and reasons (not without the child seen or the reason recorded, 422);
    /// a conference-required outcome tells the conferences service, through the outbox, to arrange the initial conference;
    /// any other steps the case down to Family Help (<c>SteppedDownToFamilyHelp</c>, naming the lead and handover date, 422 without them).
    /// </summary>
    public static async Task<Results<Ok<Section47EnquiryView>, ValidationProblem, ProblemHttpResult>> Complete(
        Guid id, CompleteEnquiryRequest request, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = CompleteEnquiryValidation.Check(request, s.Today);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.Db.ChangeAsync(id, "Section 47 enquiry", (Section47Enquiry enquiry) =>
        {
            enquiry.Complete(new Section47Outcome(request.Outcome!, request.Reasons!.Trim(), request.CompletedOn!.Value, request.NotSeenReason?.Trim(),
            s.Actor.Id, s.Time.GetUtcNow(), request.FamilyHelpLeadId, request.HandoverDate));
            s.Outbox.Add(EnquiryEvents.Completed(enquiry));
            if (!enquiry.Outcome!.ConferenceRequired) s.Outbox.Add(EnquiryEvents.SteppedDown(enquiry));
        }, Section47EnquiryView.From, ct); // a racing second completion fails on the row version: 409
    }

    public static async Task<Results<Ok<Section47EnquiryView>, ProblemHttpResult>> GetEnquiry(Guid id, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var found = await s.Db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return found is null ? Problems.NotFound("Section 47 enquiry", id) : TypedResults.Ok(Section47EnquiryView.From(found));
    }
}
