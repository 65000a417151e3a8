using Macpt.Contracts.Enquiries;
using Macpt.Enquiries.Apis.Validation;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Apis;

/// <summary>
/// Checks a Section 47 enquiry asks of police, health and education. The local authority requests them; each
/// partner agency reads and answers only its own, as the gateway identified it (<see cref="Callers.Agency"/>).
/// </summary>
public static class AgencyChecksApi
{
    public static IEndpointRouteBuilder MapAgencyChecksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/enquiries/section-47-enquiries/{id:guid}/agency-checks", RequestCheck)
            .WithTags("Agency checks").WithName("RequestAgencyCheck");
        var api = app.MapGroup("/api/enquiries/agency-checks").WithTags("Agency checks");
        api.MapGet("/", ListChecks).WithName("ListAgencyChecks");
        api.MapGet("/{id:guid}", GetCheck).WithName("GetAgencyCheck");
        api.MapPost("/{id:guid}/answer", Answer).WithName("AnswerAgencyCheck");
        return app;
    }

    public static async Task<Results<Created<AgencyCheckView>, ValidationProblem, ProblemHttpResult>> RequestCheck(
        Guid id, RequestAgencyCheckRequest request, HttpContext http, EnquiriesDbContext db, IOutbox outbox,
        WorkingDayCalendar calendar, IOptions<AgencyCheckTargets> targets, TimeProvider time, CancellationToken ct)
    {
        if (IsPartner(http.Agency())) return Problems.Forbidden("agency", "Only the local authority requests agency checks.");
        var errors = AgencyCheckRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var enquiry = await db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null) return Problems.NotFound("Section 47 enquiry", id);
        if (enquiry.Outcome is not null) return Problems.Conflict("The enquiry is completed.", "Checks are requested while the enquiry is open.", "agency");
        if (await db.AgencyChecks.AnyAsync(c => c.EnquiryId == id && c.Agency == request.Agency, ct))
            return Problems.Conflict("That agency has already been asked.", $"The enquiry already has a {request.Agency} check.", "agency");

        var today = LondonClock.Today(time);
        var dueOn = request.DueOn ?? AgencyCheckTimeliness.DefaultDue(calendar.AddWorkingDays(today, targets.Value.DefaultWorkingDays), today, enquiry.InitialConferenceTarget);
        if (AgencyCheckTimeliness.DueDateProblem(dueOn, today, enquiry.InitialConferenceTarget) is { } problem)
            return Problems.Unprocessable("dueOn", problem);

        var now = time.GetUtcNow();
        var check = AgencyCheck.Request(Guid.CreateVersion7(now), enquiry, request.Agency!, request.Question!.Trim(), request.RequestedBy!, now, dueOn);
        db.AgencyChecks.Add(check);
        outbox.Add(new AgencyCheckRequested(check.Id, check.EnquiryId, check.ReferralId, check.LaChildId, check.Agency, today, check.DueOn));
        await db.SaveChangesAsync(ct); // two racing requests for one agency: the unique index answers 409
        return TypedResults.Created($"/api/enquiries/agency-checks/{check.Id}", AgencyCheckView.From(check, today));
    }

    /// <summary>
    /// Checks by agency, enquiry and status (<c>outstanding</c>, <c>late</c>, <c>answered</c>), soonest due first.
    /// A partner agency sees only its own.
    /// </summary>
    public static async Task<Results<Ok<List<AgencyCheckView>>, ValidationProblem, ProblemHttpResult>> ListChecks(
        string? agency, Guid? enquiryId, string? status, HttpContext http, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        string[] statuses = [AgencyCheckTimeliness.Outstanding, AgencyCheckTimeliness.Late, AgencyCheckTimeliness.Answered];
        var errors = new Dictionary<string, string[]>();
        if (agency is not null && !AgencyCheckAgencies.All.Contains(agency)) errors["agency"] = [$"The agency must be one of: {string.Join(", ", AgencyCheckAgencies.All)}."];
        if (status is not null && !statuses.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", statuses)}."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var caller = http.Agency();
        if (IsPartner(caller))
        {
            if (agency is not null && agency != caller) return Problems.Forbidden("agency", $"A {caller} caller sees only {caller} checks.");
            agency = caller;
        }

        var today = LondonClock.Today(time);
        var query = db.AgencyChecks.AsNoTracking();
        if (agency is not null) query = query.Where(c => c.Agency == agency);
        if (enquiryId is { } e) query = query.Where(c => c.EnquiryId == e);
        query = status switch
        {
            AgencyCheckTimeliness.Outstanding => query.Where(c => c.AnsweredAt == null),
            AgencyCheckTimeliness.Late => query.Where(c => c.AnsweredAt == null && c.DueOn < today),
            AgencyCheckTimeliness.Answered => query.Where(c => c.AnsweredAt != null),
            _ => query,
        };
        var list = await query.OrderBy(c => c.DueOn).ThenBy(c => c.RequestedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => AgencyCheckView.From(c, today)).ToList());
    }

    public static async Task<Results<Ok<AgencyCheckView>, ProblemHttpResult>> GetCheck(
        Guid id, HttpContext http, EnquiriesDbContext db, TimeProvider time, CancellationToken ct)
    {
        var check = await db.AgencyChecks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return Problems.NotFound("agency check", id);
        var caller = http.Agency();
        if (IsPartner(caller) && caller != check.Agency) return Problems.Forbidden("agency", $"The check is addressed to {check.Agency}.");
        return TypedResults.Ok(AgencyCheckView.From(check, LondonClock.Today(time)));
    }

    /// <summary>The agency asked, and only it, answers; once. The answer is kept even if the enquiry has concluded.</summary>
    public static async Task<Results<Ok<AgencyCheckView>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerAgencyCheckRequest request, HttpContext http, EnquiriesDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = AgencyCheckRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var check = await db.AgencyChecks.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return Problems.NotFound("agency check", id);
        var caller = http.Agency();
        if (caller != check.Agency)
            return Problems.Forbidden("agency", $"The check is addressed to {check.Agency}; only that agency answers it.");
        if (check.IsAnswered) return Problems.Conflict("The check has already been answered.", "A check is answered once.", "answer");

        var now = time.GetUtcNow();
        var today = LondonClock.Today(time);
        check.RecordAnswer(request.Answer!.Trim(), request.AnsweredBy!, http.CallerId(), now, today);
        outbox.Add(new AgencyCheckAnswered(check.Id, check.EnquiryId, check.ReferralId, check.LaChildId, check.Agency, now,
            AgencyCheckTimeliness.IsLate(check.DueOn, today, today)));
        await db.SaveChangesAsync(ct); // a racing second answer fails on the row version: 409
        return TypedResults.Ok(AgencyCheckView.From(check, today));
    }

    private static bool IsPartner(string? agency) => agency is not null && agency != Callers.LocalAuthority;
}

public sealed record AgencyCheckView(Guid Id, Guid EnquiryId, Guid? ReferralId, string LaChildId, string Agency, string Status, string Question,
    string RequestedBy, DateTimeOffset RequestedAt, DateOnly DueOn, bool Late, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt)
{
    public static AgencyCheckView From(AgencyCheck c, DateOnly today) =>
        new(c.Id, c.EnquiryId, c.ReferralId, c.LaChildId, c.Agency, AgencyCheckTimeliness.StatusOf(c, today), c.Question, c.RequestedBy,
            c.RequestedAt, c.DueOn, AgencyCheckTimeliness.IsLate(c.DueOn, c.AnsweredOn, today), c.Answer, c.AnsweredBy, c.AnsweredAt);
}
