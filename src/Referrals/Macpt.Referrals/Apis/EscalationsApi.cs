using Macpt.Contracts.Escalations;
using Macpt.Persistence;
using Macpt.Referrals.Apis.Validation;
using Macpt.Referrals.Application;
using Macpt.Referrals.Domain.Escalations;
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

/// <summary>
/// Professional disagreement and escalation (timescales.md §5; Newham's Lead Practitioner guidance, seed 004):
/// a practitioner of any agency disagrees with another agency's decision about a child; each stage of the
/// partnership's policy has a responder and a due date; unresolved, it goes to the next stage; the outcome ends it.
/// Each change is announced through the outbox for the child's record elsewhere.
/// </summary>
public static class EscalationsApi
{
    public const string Operation = "referrals.escalations.create";
    public const string Overdue = "overdue";
    public static IReadOnlyList<string> Statuses { get; } = [DisagreementStatus.Open, DisagreementStatus.Resolved, Overdue, ConsultationsApi.AnyStatus];

    public static IEndpointRouteBuilder MapEscalationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/escalations").WithTags("Professional disagreements").RequireAuthorization(AccessPolicies.Escalate);
        api.MapPost("/", Raise).WithName("RaiseProfessionalDisagreement");
        api.MapGet("/", List).WithName("ListProfessionalDisagreements");
        api.MapGet("/{id:guid}", Get).WithName("GetProfessionalDisagreement");
        api.MapPost("/{id:guid}/response", Respond).WithName("RespondToProfessionalDisagreement");
        api.MapPost("/{id:guid}/escalation", Escalate).WithName("EscalateProfessionalDisagreement");
        api.MapPost("/{id:guid}/resolution", Resolve).WithName("ResolveProfessionalDisagreement");
        return app;
    }

    /// <summary>Raised by the token's actor, at the policy's first stage, due in its working days; an optional Idempotency-Key makes a resend answer the first (200).</summary>
    public static async Task<Results<Created<DisagreementView>, Ok<DisagreementView>, ValidationProblem, ProblemHttpResult>> Raise(
        RaiseDisagreementRequest request, [AsParameters] IdempotentRequest idempotency, IdempotentCreation<Infrastructure.ReferralsDbContext> creation,
        IOptions<EscalationPolicy> policy, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        if (idempotency.Key is not null && !IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var actor = s.Actor;
        var errors = DisagreementValidation.Check(request, actor.Agency);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = LondonClock.Today(s.Time);
        var outcome = await creation.CreateAsync(Operation, idempotency.Key, request, ct =>
        {
            var now = StoredInstant.Of(s.Time.GetUtcNow()); // so the first answer and its replay show the same instant
            var d = ProfessionalDisagreement.Raise(Guid.CreateVersion7(now), request.LaChildId!, request.Subject!, request.SubjectId, request.AboutAgency!,
                request.Concern!.Trim(), actor.Id, actor.Agency, now, policy.Value, s.Calendar);
            s.Db.Disagreements.Add(d);
            s.Outbox.Add(new ProfessionalDisagreementRaised(d.Id, d.LaChildId, d.Subject, d.SubjectId, d.AboutAgency, d.RaisedByAgency, d.RaisedAt, d.CurrentStage, d.CurrentDueOn));
            return Task.FromResult((d.Id.ToString(), DisagreementView.From(d, today)));
        },
        async (id, ct) => DisagreementView.From(await s.Db.Disagreements.AsNoTracking().SingleAsync(d => d.Id == Guid.Parse(id), ct), today), ct);
        return outcome.ToResult(idempotency.Response, d => $"/api/referrals/escalations/{d.Id}");
    }

    /// <summary>
    /// Disagreements by status (open by default; <c>overdue</c> = open and past its stage's due date), for one child
    /// when <c>laChildId</c> is given; soonest due first, paged.
    /// </summary>
    public static async Task<Results<Ok<Paged<DisagreementSummary>>, ValidationProblem>> List(
        string? status, string? laChildId, [AsParameters] PageQuery page, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        status ??= DisagreementStatus.Open;
        var errors = new RequestErrors();
        errors.OneOf("status", status, Statuses);
        if (laChildId is not null) errors.LaChild("laChildId", laChildId);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var today = LondonClock.Today(s.Time);
        var query = s.Db.Disagreements.AsNoTracking().VisibleTo(s.Actor);
        if (laChildId is not null) query = query.Where(d => d.LaChildId == laChildId);
        query = status switch
        {
            DisagreementStatus.Open => query.Where(d => d.Outcome == null),
            DisagreementStatus.Resolved => query.Where(d => d.Outcome != null),
            Overdue => query.Where(d => d.Outcome == null && d.CurrentDueOn < today),
            _ => query,
        };
        var found = await query.OrderBy(d => d.CurrentDueOn).ThenBy(d => d.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(d => DisagreementSummary.From(d, today)));
    }

    public static async Task<Results<Ok<DisagreementView>, ProblemHttpResult>> Get(Guid id, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var d = await s.Db.Disagreements.AsNoTracking().VisibleTo(s.Actor).SingleOrDefaultAsync(x => x.Id == id, ct);
        return d is null ? Problems.NotFound("disagreement", id) : TypedResults.Ok(DisagreementView.From(d, LondonClock.Today(s.Time)));
    }

    /// <summary>The current stage's response, once (409 after).</summary>
    public static async Task<Results<Ok<DisagreementView>, ValidationProblem, ProblemHttpResult>> Respond(
        Guid id, RespondToDisagreementRequest request, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = DisagreementValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await ChangeAsync(id, s, d => d.Respond(request.Response!.Trim(), s.Actor.Id, s.Actor.Agency, s.Time.GetUtcNow()), ct);
    }

    /// <summary>To the next stage of the policy (409 at the last, or once resolved), announced.</summary>
    public static async Task<Results<Ok<DisagreementView>, ValidationProblem, ProblemHttpResult>> Escalate(
        Guid id, EscalateDisagreementRequest request, IOptions<EscalationPolicy> policy, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = DisagreementValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await ChangeAsync(id, s, d =>
        {
            d.Escalate(request.Reason!.Trim(), s.Actor.Id, s.Actor.Agency, s.Time.GetUtcNow(), policy.Value, s.Calendar);
            s.Outbox.Add(new ProfessionalDisagreementEscalated(d.Id, d.LaChildId, d.CurrentStage, d.Current.StartedOn, d.CurrentDueOn));
        }, ct);
    }

    /// <summary>The outcome, once (409 after), announced.</summary>
    public static async Task<Results<Ok<DisagreementView>, ValidationProblem, ProblemHttpResult>> Resolve(
        Guid id, ResolveDisagreementRequest request, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = DisagreementValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await ChangeAsync(id, s, d =>
        {
            d.Resolve(request.Outcome!, request.Summary!.Trim(), s.Actor.Id, s.Time.GetUtcNow());
            s.Outbox.Add(new ProfessionalDisagreementResolved(d.Id, d.LaChildId, d.CurrentStage, d.ResolvedOn!.Value, d.Outcome!));
        }, ct);
    }

    /// <summary>The one change shape, after the object-level check: a partner changes only what it may see (404 otherwise).</summary>
    private static async Task<Results<Ok<DisagreementView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ReferralsServices s, Action<ProfessionalDisagreement> change, CancellationToken ct)
    {
        if (!await s.Db.Disagreements.VisibleTo(s.Actor).AnyAsync(d => d.Id == id, ct)) return Problems.NotFound("disagreement", id);
        return await s.Db.ChangeAsync(id, "disagreement", change, d => DisagreementView.From(d, LondonClock.Today(s.Time)), ct);
    }
}
