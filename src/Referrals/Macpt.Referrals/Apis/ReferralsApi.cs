using Macpt.Contracts.Referrals;
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
    private const string CreateScope = "referrals.create";

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals");
        api.MapPost("/", CreateReferral).WithName("CreateReferral");
        api.MapGet("/{id:guid}", GetReferral).WithName("GetReferral");
        api.MapPost("/{id:guid}/decision", DecideReferral).WithName("DecideReferral");
        return app;
    }

    /// <summary>
    /// Records a referral. The front door's own reference is the Idempotency-Key: the same key and
    /// body answer the first referral again; the same key with another body is refused.
    /// </summary>
    public static async Task<Results<Created<ReferralCreated>, ValidationProblem, ProblemHttpResult>> CreateReferral(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey,
        CreateReferralRequest request,
        ReferralsDbContext db,
        IOutbox outbox,
        WorkingDayCalendar calendar,
        TimeProvider time,
        HttpResponse response,
        CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey))
            return Problems.Invalid(IdempotencyKey.HeaderName, $"An {IdempotencyKey.HeaderName} header (the front door's reference, at most {IdempotencyKey.MaxLength} printable characters) is required.");

        var now = time.GetUtcNow();
        var errors = NewReferralRules.Check(request, now, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        if (await ReplayAsync(db, idempotencyKey!, fingerprint, response, ct) is { } replay) return replay;

        var c = request.Child!;
        var child = new Child(c.FirstName?.Trim(), c.LastName?.Trim(), c.DateOfBirth, c.ExpectedDateOfBirth, c.Gender!);
        var receivedAt = request.ReceivedAt!.Value;
        var referral = Referral.Receive(Guid.CreateVersion7(now), c.LaChildId!, child, request.ReferralSource!, request.Concerns!,
            receivedAt, now, DecisionDeadline.For(receivedAt, calendar));

        db.Referrals.Add(referral);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = CreateScope, Key = idempotencyKey!, RequestHash = fingerprint, ResourceId = referral.Id.ToString(), CreatedAt = now,
        });
        outbox.Add(new ReferralReceived(referral.Id, referral.LaChildId, referral.ReceivedAt, referral.DecisionDueBy,
            referral.ReferralSource, child.IsUnborn));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same key arrived twice at once and the other request won: answer as its replay.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(db, idempotencyKey!, fingerprint, response, ct) is { } raced) return raced;
            throw;
        }
        return TypedResults.Created($"/api/referrals/{referral.Id}", Created(referral));
    }

    private static async Task<Results<Created<ReferralCreated>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ReferralsDbContext db, string key, string fingerprint, HttpResponse response, CancellationToken ct)
    {
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == CreateScope && r.Key == key, ct);
        if (earlier is null) return null;
        if (earlier.RequestHash != fingerprint)
            return Problems.Conflict("The idempotency key was used for a different referral.",
                "This Idempotency-Key was first sent with a different body. Send a new key for a new referral.", IdempotencyKey.HeaderName);

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(earlier.ResourceId), ct);
        response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Created($"/api/referrals/{referral.Id}", Created(referral));
    }

    public static async Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> GetReferral(Guid id, ReferralsDbContext db, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return referral is null ? Problems.NotFound("referral", id) : TypedResults.Ok(ReferralDetails.From(referral));
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

    private static ReferralCreated Created(Referral r) => new(r.Id, r.LaChildId, r.ReceivedAt, r.DecisionDueBy, ReferralStatus.Of(r));
}
