using Macpt.Persistence;
using Macpt.Referrals.Apis.Validation;
using Macpt.Referrals.Application;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Referrals.Apis;

/// <summary>Case consultations: practitioners ask the MACPT for advice; an LCPP answers; some become referrals.</summary>
public static class ConsultationsApi
{
    public static IEndpointRouteBuilder MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/consultations").WithTags("Case consultations");
        api.MapPost("/", RequestConsultation).WithName("RequestConsultation");
        api.MapGet("/", ListConsultations).WithName("ListConsultations");
        api.MapGet("/{id:guid}", GetConsultation).WithName("GetConsultation");
        api.MapPost("/{id:guid}/advice", RecordAdvice).WithName("RecordConsultationAdvice");
        api.MapPost("/{id:guid}/referral", MakeReferral).WithName("MakeReferralFromConsultation");
        return app;
    }

    public static async Task<Results<Created<ConsultationView>, ValidationProblem>> RequestConsultation(
        RequestConsultationRequest request, ReferralsDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var errors = ConsultationRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var now = time.GetUtcNow();
        var consultation = CaseConsultation.Request(Guid.CreateVersion7(now), now, request.RequesterAgency!, request.RequesterId!, request.RequesterContact?.Trim(),
            request.Child?.LaChildId, request.Child?.FirstName?.Trim(), request.Child?.LastName?.Trim(), request.Child?.DateOfBirth, request.Question!);
        db.CaseConsultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/referrals/consultations/{consultation.Id}", View(consultation, calendar, time));
    }

    /// <summary>Consultations by status (open by default), oldest first, with their age in working days.</summary>
    public static async Task<Results<Ok<List<ConsultationSummary>>, ValidationProblem>> ListConsultations(
        string? status, ReferralsDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        status ??= ConsultationStatus.Open;
        string[] statuses = [ConsultationStatus.Open, ConsultationStatus.Advised, ConsultationStatus.BecameReferral, "all"];
        if (!statuses.Contains(status)) return Problems.Invalid("status", $"The status must be one of: {string.Join(", ", statuses)}.");
        var query = db.CaseConsultations.AsNoTracking();
        query = status switch
        {
            ConsultationStatus.Open => query.Where(c => c.Advice == null && c.ReferralId == null),
            ConsultationStatus.Advised => query.Where(c => c.Advice != null && c.ReferralId == null),
            ConsultationStatus.BecameReferral => query.Where(c => c.ReferralId != null),
            _ => query,
        };
        var today = LondonClock.Today(time);
        var list = await query.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(c => new ConsultationSummary(c.Id, c.Status, c.RequestedAt, c.RequesterAgency, c.LaChildId, c.ReferralId,
            calendar.WorkingDaysBetween(LondonClock.ToLondonDate(c.RequestedAt), today))).ToList());
    }

    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> GetConsultation(
        Guid id, ReferralsDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var consultation = await db.CaseConsultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return consultation is null ? Problems.NotFound("consultation", id) : TypedResults.Ok(View(consultation, calendar, time));
    }

    public static async Task<Results<Ok<ConsultationView>, ValidationProblem, ProblemHttpResult>> RecordAdvice(
        Guid id, RecordAdviceRequest request, ReferralsDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var errors = ConsultationRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var consultation = await db.CaseConsultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return Problems.NotFound("consultation", id);
        if (consultation.Advice is not null)
            return Problems.Conflict("Advice has already been recorded.", "A consultation's advice is recorded once; ask a new consultation for new advice.", "advice");
        consultation.RecordAdvice(new ConsultationAdvice(request.Advice!.Trim(), request.GivenBy!, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(consultation, calendar, time));
    }

    /// <summary>
    /// The consultation becomes a referral (a full referral body, idempotent on its key); the referral
    /// and the consultation's link to it are stored together.
    /// </summary>
    public static async Task<Results<Created<ReferralCreated>, ValidationProblem, ProblemHttpResult>> MakeReferral(
        Guid id,
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey,
        CreateReferralRequest request,
        ReferralsDbContext db,
        ReferralIntake intake,
        TimeProvider time,
        HttpResponse response,
        CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return ReferralsApi.MissingKey();
        var errors = NewReferralRules.Check(request, time.GetUtcNow(), LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var consultation = await db.CaseConsultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return Problems.NotFound("consultation", id);
        if (consultation.ReferralId is not null && !await intake.IsKnownKeyAsync(idempotencyKey!, ct))
            return Problems.Conflict("The consultation has already become a referral.", "Its referral is linked on the consultation.", "referralId");

        var outcome = await intake.RecordAsync(idempotencyKey!, request, [request.Child!], ReferralsApi.SubmissionOf(request), ct,
            beforeSave: referrals => consultation.BecameReferral(referrals[0].Id, time.GetUtcNow()));
        if (outcome is not ReferralIntake.Recorded recorded) return ReferralsApi.KeyReused();
        if (recorded.Replayed) response.Headers["Idempotent-Replayed"] = "true";
        var referral = recorded.Referrals.Single();
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralCreated.From(referral));
    }

    private static ConsultationView View(CaseConsultation c, WorkingDayCalendar calendar, TimeProvider time) => new(
        c.Id, c.Status, c.RequestedAt, c.RequesterAgency, c.RequesterId, c.RequesterContact,
        c.LaChildId is null && c.ChildFirstName is null && c.ChildLastName is null && c.ChildDateOfBirth is null
            ? null : new ConsultationChild(c.LaChildId, c.ChildFirstName, c.ChildLastName, c.ChildDateOfBirth),
        c.Question, c.Advice is { } a ? new RecordedAdvice(a.Text, a.GivenBy, a.GivenAt) : null, c.ReferralId,
        calendar.WorkingDaysBetween(LondonClock.ToLondonDate(c.RequestedAt), LondonClock.Today(time)));
}
