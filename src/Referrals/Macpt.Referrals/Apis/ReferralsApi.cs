using Macpt.Contracts.Referrals;
using Macpt.Referrals.Application;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Apis.Validation;
using Macpt.Referrals.Domain.Rules;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Referrals.Apis;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals");
        api.MapPost("/", CreateReferral).WithName("CreateReferral");
        api.MapPost("/households", CreateHouseholdReferrals).WithName("CreateHouseholdReferrals");
        api.MapGet("/", ListReferrals).WithName("ListReferrals");
        api.MapGet("/{id:guid}", GetReferral).WithName("GetReferral");
        api.MapPost("/{id:guid}/decision", DecideReferral).WithName("DecideReferral");
        return app;
    }

    /// <summary>
    /// Records a referral for one child. The front door's own reference is the Idempotency-Key: the
    /// same key and body answer the first referral again; the same key with another body is refused.
    /// </summary>
    public static async Task<Results<Created<ReferralCreated>, ValidationProblem, ProblemHttpResult>> CreateReferral(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey,
        CreateReferralRequest request,
        ReferralIntake intake,
        TimeProvider time,
        HttpResponse response,
        ILogger<ReferralIntake> logger,
        CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return MissingKey();
        var errors = NewReferralRules.Check(request, time.GetUtcNow(), LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var outcome = await intake.RecordAsync(idempotencyKey!, request, [request.Child!], SubmissionOf(request), ct);
        if (outcome is not ReferralIntake.Recorded recorded) return KeyReused();
        if (recorded.Replayed) response.Headers["Idempotent-Replayed"] = "true";
        var referral = recorded.Referrals.Single();
        if (!recorded.Replayed) ReferralLog.Received(logger, referral.Id, referral.LaChildId, referral.ReferralSource, ReceivedChild.From(referral));
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralCreated.From(referral));
    }

    /// <summary>
    /// Records several children of one household in one submission: one referral per child, linked
    /// as siblings by a household id. Idempotent on the whole submission.
    /// </summary>
    public static async Task<Results<Created<HouseholdReferralsCreated>, ValidationProblem, ProblemHttpResult>> CreateHouseholdReferrals(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey,
        CreateHouseholdReferralRequest request,
        ReferralIntake intake,
        TimeProvider time,
        HttpResponse response,
        CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return MissingKey();
        var errors = NewReferralRules.Check(request, time.GetUtcNow(), LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var shared = SubmissionOf(request.ForChild(null));
        var outcome = await intake.RecordAsync(idempotencyKey!, request, request.Children!.Select(c => c!).ToList(), shared, ct);
        if (outcome is not ReferralIntake.Recorded recorded) return KeyReused();
        if (recorded.Replayed) response.Headers["Idempotent-Replayed"] = "true";
        var created = new HouseholdReferralsCreated(recorded.Referrals[0].HouseholdId, recorded.Referrals.Select(ReferralCreated.From).ToList());
        return TypedResults.Created($"/api/referrals/{recorded.Referrals[0].Id}", created);
    }

    // Stored in UTC: the sender's offset is not part of the fact (and timestamptz takes UTC only).
    internal static Submission SubmissionOf(CreateReferralRequest r) => new(r.ReferralSource!, r.Concerns!, r.ReceivedAt!.Value.ToUniversalTime(),
        r.Referrer is { } f ? new Referrer(f.Agency!.Trim(), f.Role?.Trim(), f.Contact?.Trim()) : null, r.HarmContext, r.SuspectedCategories);

    internal static ValidationProblem MissingKey() => Problems.Invalid(IdempotencyKey.HeaderName,
        $"An {IdempotencyKey.HeaderName} header (the front door's reference, at most {IdempotencyKey.MaxLength} printable characters) is required.");

    internal static ProblemHttpResult KeyReused() => Problems.Conflict("The idempotency key was used for a different referral.",
        "This Idempotency-Key was first sent with a different body. Send a new key for a new referral.", IdempotencyKey.HeaderName);

    public static async Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> GetReferral(Guid id, ReferralsDbContext db, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return Problems.NotFound("referral", id);
        var siblings = referral.HouseholdId is { } household
            ? await db.Referrals.Where(r => r.HouseholdId == household && r.Id != id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct)
            : [];
        var steps = await db.OnwardSteps.AsNoTracking().Where(s => s.ReferralId == id).ToListAsync(ct);
        var onward = steps.OrderBy(s => s.OccurredOn).ThenBy(s => OnwardStages.Rank(s.Stage)).ThenBy(s => s.Id)
            .Select(s => new OnwardStepView(s.Stage, s.OccurredOn, s.Outcome, s.DueBy, s.SourceId)).ToList();
        var consultationId = await db.CaseConsultations.Where(c => c.ReferralId == id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(ReferralDetails.From(referral, siblings) with { OnwardPath = onward, ConsultationId = consultationId });
    }

    /// <summary>
    /// The decision queue: referrals by status and due date (London), oldest received first, paged.
    /// <c>due=overdue</c> is past its one-working-day deadline; <c>due=today</c> is due today.
    /// </summary>
    public static async Task<Results<Ok<ReferralPage>, ValidationProblem>> ListReferrals(
        string? status, string? due, int? page, int? pageSize, ReferralsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var query = new ReferralQuery(status ?? ReferralStatus.AwaitingDecision, due, page ?? 1, pageSize ?? ReferralQuery.DefaultPageSize);
        var errors = query.Check();
        if (errors.Count > 0) return Problems.Invalid(errors);

        var today = LondonClock.Today(time);
        var referrals = db.Referrals.AsNoTracking();
        referrals = query.Status switch
        {
            ReferralStatus.AwaitingDecision => referrals.Where(r => r.Decision == null),
            ReferralStatus.Decided => referrals.Where(r => r.Decision != null),
            _ => referrals,
        };
        referrals = query.Due switch
        {
            ReferralQuery.DueToday => referrals.Where(r => r.DecisionDueBy == today),
            ReferralQuery.Overdue => referrals.Where(r => r.DecisionDueBy < today),
            ReferralQuery.DueTodayOrOverdue => referrals.Where(r => r.DecisionDueBy <= today),
            _ => referrals,
        };
        var total = await referrals.CountAsync(ct);
        var items = await referrals.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new ReferralSummary(r.Id, r.LaChildId, r.ReferralSource, r.ReceivedAt, r.DecisionDueBy,
                r.Decision == null ? ReferralStatus.AwaitingDecision : ReferralStatus.Decided,
                r.Decision == null && r.DecisionDueBy < today, r.PreviousReferralId != null, r.HouseholdId))
            .ToListAsync(ct);
        return TypedResults.Ok(new ReferralPage(items, query.Page, query.PageSize, total));
    }

    /// <summary>Records the MACPT's decision and announces it (through the outbox, in the same transaction).</summary>
    public static async Task<Results<Ok<DecisionView>, ValidationProblem, ProblemHttpResult>> DecideReferral(
        Guid id,
        DecideReferralRequest request,
        ReferralsDbContext db,
        IOutbox outbox,
        TimeProvider time,
        CancellationToken ct)
    {
        var errors = DecisionRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return Problems.NotFound("referral", id);
        if (ReferralIsDecidedOnce.IsBroken(referral))
            return Problems.Conflict(ReferralIsDecidedOnce.Message, "A referral is decided once; the earlier decision stands.", "decision");

        var decision = new ReferralDecision(request.Decision!, request.Reason!.Trim(), request.DecidedBy!, time.GetUtcNow());
        referral.Decide(decision);
        outbox.Add(new ReferralDecided(referral.Id, referral.LaChildId, decision.Type, decision.DecidedAt, decision.DecidedBy, referral.ReceivedAt));
        await db.SaveChangesAsync(ct); // a concurrent decision fails on the row version: 409 from the problem mapper
        return TypedResults.Ok(DecisionView.From(decision));
    }

}
