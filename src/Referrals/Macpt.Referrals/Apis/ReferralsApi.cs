using Macpt.Persistence;
using Macpt.Referrals.Apis.Validation;
using Macpt.Referrals.Application;
using Macpt.Referrals.Domain;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Referrals.Apis;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals");
        api.MapPost("/", CreateReferral).WithName("CreateReferral").RequireAuthorization(AccessPolicies.Refer);
        api.MapPost("/households", CreateHouseholdReferrals).WithName("CreateHouseholdReferrals").RequireAuthorization(AccessPolicies.Refer);
        api.MapGet("/", ListReferrals).WithName("ListReferrals").RequireAuthorization(AccessPolicies.ReadReferrals);
        api.MapGet("/{id:guid}", GetReferral).WithName("GetReferral").RequireAuthorization(AccessPolicies.ReadReferrals);
        api.MapPost("/{id:guid}/decision", DecideReferral).WithName("DecideReferral").RequireAuthorization(AccessPolicies.DecideReferral);
        return app;
    }

    /// <summary>
    /// Records a referral for one child. The front door's own reference is the Idempotency-Key: the
    /// same key and body answer the first referral again; the same key with another body is refused. Who sent it is
    /// the token's actor; a partner agency cannot back-date it (422) and gets a trimmed answer.
    /// </summary>
    public static async Task<Results<Created<ReferralCreated>, Ok<ReferralCreated>, ValidationProblem, ProblemHttpResult>> CreateReferral(
        [AsParameters] IdempotentRequest idempotency, CreateReferralRequest request,
        ReferralIntake intake, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = CreateReferralValidation.Check(request, s.Time.GetUtcNow(), LondonClock.Today(s.Time));
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await intake.ReceiveAsync(idempotency.Key!, request, s.Submitter, ct);
        return outcome.ToResult(idempotency.Response, r => $"/api/referrals/{r.Id}");
    }

    /// <summary>
    /// Records several children of one household in one submission: one referral per child, linked
    /// as siblings by a household id. Idempotent on the whole submission.
    /// </summary>
    public static async Task<Results<Created<HouseholdReferralsCreated>, Ok<HouseholdReferralsCreated>, ValidationProblem, ProblemHttpResult>> CreateHouseholdReferrals(
        [AsParameters] IdempotentRequest idempotency, CreateHouseholdReferralRequest request,
        ReferralIntake intake, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = CreateReferralValidation.Check(request, s.Time.GetUtcNow(), LondonClock.Today(s.Time));
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await intake.ReceiveHouseholdAsync(idempotency.Key!, request, s.Submitter, ct);
        return outcome.ToResult(idempotency.Response, h => $"/api/referrals/{h.Referrals[0].Id}");
    }

    public static async Task<Results<Ok<ReferralDetails>, ProblemHttpResult>> GetReferral(Guid id, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var referral = await s.Db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return Problems.NotFound("referral", id);
        var siblings = referral.HouseholdId is { } household
            ? await s.Db.Referrals.Where(r => r.HouseholdId == household && r.Id != id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct)
            : [];
        var steps = await s.Db.OnwardSteps.AsNoTracking().Where(o => o.ReferralId == id).ToListAsync(ct);
        var onward = steps.OrderBy(o => o.OccurredOn).ThenBy(o => OnwardStages.Rank(o.Stage)).ThenBy(o => o.Id)
            .Select(o => new OnwardStepView(o.Stage, o.OccurredOn, o.Outcome, o.DueBy, o.SourceId)).ToList();
        var consultationId = await s.Db.CaseConsultations.Where(c => c.ReferralId == id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(ReferralDetails.From(referral, siblings) with { OnwardPath = onward, ConsultationId = consultationId });
    }

    /// <summary>
    /// The decision queue: referrals by status and due date (London), oldest received first, paged.
    /// <c>due=overdue</c> is past its one-working-day deadline; <c>due=today</c> is due today.
    /// </summary>
    public static async Task<Results<Ok<Paged<ReferralSummary>>, ValidationProblem>> ListReferrals(
        [AsParameters] ReferralQuery query, [AsParameters] PageQuery page, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        query.Check(errors);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);

        var today = LondonClock.Today(s.Time);
        var referrals = query.Apply(s.Db.Referrals.AsNoTracking(), today);
        var found = await referrals.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(found.Select(r => ReferralSummary.From(r, today)));
    }

    /// <summary>
    /// Records the MACPT's decision, by the LCPP whose token this is, and announces it (through the outbox, in the same
    /// transaction); a family-help decision also announces the step-down to Family Help, naming its lead and handover date.
    /// </summary>
    public static async Task<Results<Ok<DecisionView>, ValidationProblem, ProblemHttpResult>> DecideReferral(
        Guid id, DecideReferralRequest request, [AsParameters] ReferralsServices s, CancellationToken ct)
    {
        var errors = DecideReferralValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var decision = new ReferralDecision(request.Decision!, request.Reason!.Trim(), s.Actor.Id, s.Time.GetUtcNow(), request.FamilyHelpLeadId, request.HandoverDate);
        return await s.Db.ChangeAsync(id, "referral", (Referral referral) =>
        {
            referral.Decide(decision); // decided already: ReferralIsDecidedOnce, 409 from the rule mapper
            s.Outbox.Add(ReferralEvents.Decided(referral));
            if (decision.StepsDownToFamilyHelp) s.Outbox.Add(ReferralEvents.SteppedDown(referral));
        }, _ => DecisionView.From(decision), ct); // a concurrent decision fails on the row version: 409
    }
}
