using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain.Timescales;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Apis;

/// <summary>
/// Checks a Section 47 enquiry asks of police, health and education. The local authority's case workers request
/// them; each partner agency reads and answers only its own, as its token says (<see cref="EnquiryAccess"/>):
/// another agency's check is not found (404), so that its existence does not leak.
/// </summary>
public static class AgencyChecksApi
{
    public static IEndpointRouteBuilder MapAgencyChecksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/enquiries/section-47-enquiries/{id:guid}/agency-checks", RequestCheck)
            .WithTags("Agency checks").WithName("RequestAgencyCheck").RequireAuthorization(AccessPolicies.CaseWork);
        var api = app.MapGroup("/api/enquiries/agency-checks").WithTags("Agency checks").RequireAuthorization(AccessPolicies.AgencyChecks);
        api.MapGet("/", ListChecks).WithName("ListAgencyChecks");
        api.MapGet("/{id:guid}", GetCheck).WithName("GetAgencyCheck");
        api.MapPost("/{id:guid}/answer", Answer).WithName("AnswerAgencyCheck");
        return app;
    }

    /// <summary>Asks an agency (for health, one service), while the enquiry is open and no check to it is open; due by default in 3 working days, never after the ICPC target.</summary>
    public static async Task<Results<Created<AgencyCheckView>, ValidationProblem, ProblemHttpResult>> RequestCheck(
        Guid id, RequestAgencyCheckRequest request, HttpContext http, RequestAgencyCheck requestCheck, TimeProvider time, CancellationToken ct)
    {
        var errors = RequestAgencyCheckValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var check = await requestCheck.RunAsync(id, new(request.Agency!, request.Question!.Trim(), request.DueOn, http.Actor().Id, request.Service), ct);
        if (check is null) return Problems.NotFound("Section 47 enquiry", id);
        return TypedResults.Created($"/api/enquiries/agency-checks/{check.Id}", AgencyCheckView.From(check, Macpt.WorkingDays.LondonClock.Today(time)));
    }

    /// <summary>Checks by agency, enquiry and status, soonest due first. A partner agency sees only its own.</summary>
    public static async Task<Results<Ok<Paged<AgencyCheckView>>, ValidationProblem, ProblemHttpResult>> ListChecks(
        [AsParameters] AgencyCheckQuery q, [AsParameters] PageQuery page, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = ListAgencyChecksValidation.Check(q, page);
        if (!errors.IsValid) return Problems.Invalid(errors);
        if (!EnquiryAccess.MayList(s.Actor, q.Agency)) return Problems.Forbidden("agency", $"A {s.Actor.Agency} caller sees only {s.Actor.Agency} checks.");
        var agency = EnquiryAccess.ListedAgency(s.Actor, q.Agency);
        var today = s.Today;
        var query = s.Db.AgencyChecks.AsNoTracking().VisibleTo(s.Actor);
        if (agency is not null) query = query.Where(c => c.Agency == agency);
        if (q.EnquiryId is { } e) query = query.Where(c => c.EnquiryId == e);
        if (q.Service is { } service) query = query.Where(c => c.Service == service);
        query = q.Status switch
        {
            AgencyCheckTimeliness.Outstanding => query.Where(c => c.AnsweredAt == null),
            AgencyCheckTimeliness.Late => query.Where(c => c.AnsweredAt == null && c.DueOn < today),
            AgencyCheckTimeliness.Answered => query.Where(c => c.AnsweredAt != null),
            _ => query,
        };
        var found = await query.OrderBy(c => c.DueOn).ThenBy(c => c.RequestedAt).ThenBy(c => c.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(c => AgencyCheckView.From(c, today)));
    }

    /// <summary>A partner reads only a check addressed to it; another agency's is not found (404).</summary>
    public static async Task<Results<Ok<AgencyCheckView>, ProblemHttpResult>> GetCheck(Guid id, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var check = await s.Db.AgencyChecks.AsNoTracking().VisibleTo(s.Actor).SingleOrDefaultAsync(c => c.Id == id, ct);
        return check is null ? Problems.NotFound("agency check", id) : TypedResults.Ok(AgencyCheckView.From(check, s.Today));
    }

    /// <summary>
    /// The agency asked answers, once (409): its practitioner or portal, as the token says, is recorded as answering. Another
    /// partner gets 404; the local authority, which may read it, 403. The answer is kept even if the enquiry has concluded.
    /// </summary>
    public static async Task<Results<Ok<AgencyCheckView>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerAgencyCheckRequest request, [AsParameters] EnquiriesServices s, CancellationToken ct)
    {
        var errors = AnswerAgencyCheckValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var check = await s.Db.AgencyChecks.VisibleTo(s.Actor).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return Problems.NotFound("agency check", id);
        if (!EnquiryAccess.Answers(s.Actor, check)) return Problems.Forbidden("agency", $"The check is addressed to {check.Agency}; only that agency answers it.");
        check.RecordAnswer(request.Answer!.Trim(), s.Actor.Id, s.Actor.ClientId, s.Time.GetUtcNow(), s.Today);
        s.Outbox.Add(EnquiryEvents.CheckAnswered(check));
        await s.Db.SaveChangesAsync(ct); // a racing second answer fails on the row version: 409
        return TypedResults.Ok(AgencyCheckView.From(check, s.Today));
    }
}
