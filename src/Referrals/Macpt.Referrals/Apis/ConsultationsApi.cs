using Macpt.Persistence;
using Macpt.Referrals.Apis.Validation;
using Macpt.Referrals.Application;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Timescales;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Referrals.Apis;

/// <summary>Case consultations: practitioners ask the MACPT for advice; an LCPP answers; some become referrals.</summary>
public static class ConsultationsApi
{
    public const string AnyStatus = "all";
    public static IReadOnlyList<string> Statuses { get; } =
        [ConsultationStatus.Open, ConsultationStatus.Advised, ConsultationStatus.BecameReferral, AnyStatus];

    public static IEndpointRouteBuilder MapConsultationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/consultations").WithTags("Case consultations");
        api.MapPost("/", RequestConsultation).WithName("RequestConsultation").RequireAuthorization(AccessPolicies.Consult);
        api.MapGet("/", ListConsultations).WithName("ListConsultations").RequireAuthorization(AccessPolicies.ReadReferrals);
        api.MapGet("/{id:guid}", GetConsultation).WithName("GetConsultation").RequireAuthorization(AccessPolicies.Consult);
        api.MapPost("/{id:guid}/advice", RecordAdvice).WithName("RecordConsultationAdvice").RequireAuthorization(AccessPolicies.AnswerConsultation);
        api.MapPost("/{id:guid}/referral", MakeReferral).WithName("MakeReferralFromConsultation").RequireAuthorization(AccessPolicies.AnswerConsultation);
        return app;
    }

    /// <summary>
    /// The practitioner or system asking is the token's actor; a partner asks as its own agency, and only it (and the
    /// MACPT) reads the consultation afterwards.
    /// </summary>
    public static async Task<Results<Created<ConsultationView>, ValidationProblem>> RequestConsultation(
        RequestConsultationRequest request, IOptions<ConsultationAnswerDue> answerDue, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = RequestConsultationValidation.Check(request, LondonClock.Today(s.Time), s.Actor.Agency);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var now = s.Time.GetUtcNow();
        var consultation = CaseConsultation.Request(Guid.CreateVersion7(now), now, ConsultationAccess.RequesterAgency(s.Actor, request.RequesterAgency), s.Actor.Id,
            request.RequesterContact?.Trim(), request.Child?.LaChildId, request.Child?.FirstName?.Trim(), request.Child?.LastName?.Trim(), request.Child?.DateOfBirth,
            request.Question!.Trim(), s.Actor.Agency, s.Actor.ClientId, answerDue.Value.For(now, s.Calendar));
        s.Db.CaseConsultations.Add(consultation);
        s.Outbox.Add(ConsultationEvents.Requested(consultation));
        await s.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/referrals/consultations/{consultation.Id}", ConsultationView.From(consultation, s.Calendar, s.Time));
    }

    /// <summary>Consultations by status (open by default), oldest first, paged, with their age in working days.</summary>
    public static async Task<Results<Ok<Paged<ConsultationSummary>>, ValidationProblem>> ListConsultations(
        string? status, [AsParameters] PageQuery page, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        status ??= ConsultationStatus.Open;
        var errors = new RequestErrors();
        errors.OneOf("status", status, Statuses);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = s.Db.CaseConsultations.AsNoTracking();
        query = status switch
        {
            ConsultationStatus.Open => query.Where(c => c.Advice == null && c.ReferralId == null),
            ConsultationStatus.Advised => query.Where(c => c.Advice != null && c.ReferralId == null),
            ConsultationStatus.BecameReferral => query.Where(c => c.ReferralId != null),
            _ => query,
        };
        var found = await query.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(c => ConsultationSummary.From(c, s.Calendar, s.Time)));
    }

    /// <summary>A partner agency reads only the consultations it asked; any other answers 404, as if it did not exist.</summary>
    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> GetConsultation(
        Guid id, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var consultation = await s.Db.CaseConsultations.AsNoTracking().VisibleTo(s.Actor).SingleOrDefaultAsync(c => c.Id == id, ct);
        return consultation is null ? Problems.NotFound("consultation", id) : TypedResults.Ok(ConsultationView.From(consultation, s.Calendar, s.Time));
    }

    public static async Task<Results<Ok<ConsultationView>, ValidationProblem, ProblemHttpResult>> RecordAdvice(
        Guid id, RecordAdviceRequest request, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = RecordAdviceValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.Db.ChangeAsync(id, "consultation",
            (CaseConsultation consultation) =>
            {
                consultation.RecordAdvice(new ConsultationAdvice(request.Advice!.Trim(), s.Actor.Id, s.Time.GetUtcNow())); // advised already: 409
                s.Outbox.Add(ConsultationEvents.Advised(consultation));
            },
            consultation => ConsultationView.From(consultation, s.Calendar, s.Time), ct);
    }

    /// <summary>
    /// The consultation becomes a referral (a full referral body, idempotent on its key); the referral
    /// and the consultation's link to it are stored together. A second referral from it answers 409.
    /// </summary>
    public static async Task<Results<Created<ReferralCreated>, Ok<ReferralCreated>, ValidationProblem, ProblemHttpResult>> MakeReferral(
        Guid id, [AsParameters] IdempotentRequest idempotency, CreateReferralRequest request,
        ReferralIntake intake, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = CreateReferralValidation.Check(request, s.Time.GetUtcNow(), LondonClock.Today(s.Time));
        if (!errors.IsValid) return Problems.Invalid(errors);
        var consultation = await s.Db.CaseConsultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return Problems.NotFound("consultation", id);
        var outcome = await intake.ReceiveFromConsultationAsync(idempotency.Key!, consultation, request, s.Submitter, ct);
        return outcome.ToResult(idempotency.Response, r => $"/api/referrals/{r.Id}");
    }
}
