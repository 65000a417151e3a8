using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Timescales;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>
/// Offers of an advocate (one per parent per episode), the parent's answer, withdrawal of consent and the
/// allocation of an advocate; and the follow-up lists.
/// </summary>
public static class OffersApi
{
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/offers").WithTags("Offers").RequireAuthorization(AccessPolicies.Advocacy);
        api.MapGet("/", ListOffers).WithName("ListOffers");
        api.MapGet("/unanswered", ListUnanswered).WithName("ListUnansweredOffers");
        api.MapGet("/without-advocate", ListWithoutAdvocate).WithName("ListParentsWithoutAdvocateBeforeConference");
        api.MapGet("/{id:guid}", GetOffer).WithName("GetOffer");
        api.MapPost("/{id:guid}/answer", Answer).WithName("AnswerOffer");
        api.MapPost("/{id:guid}/consent-withdrawal", WithdrawConsent).WithName("WithdrawConsent");
        api.MapPost("/{id:guid}/allocation", Allocate).WithName("AllocateAdvocate");
        return app;
    }

    public sealed record OfferFilter([FromQuery(Name = "laChildId")] string? LaChildId, [FromQuery(Name = "parentId")] Guid? ParentId, [FromQuery(Name = "referralId")] Guid? ReferralId, [FromQuery(Name = "status")] string? Status);

    public const string WhoseOffersMessage = "Say whose offers: laChildId, parentId or referralId.";

    /// <summary>Offers for a child, a parent or a referral, optionally by status, oldest first.</summary>
    public static async Task<Results<Ok<Paged<OfferView>>, ValidationProblem>> ListOffers(
        [AsParameters] OfferFilter filter, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (filter.LaChildId is not null) errors.LaChild("laChildId", filter.LaChildId);
        errors.OptionalOneOf("status", filter.Status, OfferStatus.All);
        if (filter is { LaChildId: null, ParentId: null, ReferralId: null }) errors.Add("laChildId", WhoseOffersMessage);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = s.Db.Offers.AsQueryable();
        if (filter.LaChildId is { } child) query = query.Where(o => o.LaChildId == child);
        if (filter.ParentId is { } p) query = query.Where(o => o.ParentId == p);
        if (filter.ReferralId is { } r) query = query.Where(o => o.ReferralId == r);
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        return TypedResults.Ok(await ViewQueries.OfferPageAsync(s.Db, ViewQueries.WithEpisodes(s.Db, query), page, ct));
    }

    /// <summary>Offers still unanswered more than 2 working days after they were made (<see cref="UnansweredOfferDeadline"/>), in open episodes, oldest first.</summary>
    public static async Task<Results<Ok<Paged<OfferView>>, ValidationProblem>> ListUnanswered(
        [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        var latest = UnansweredOfferDeadline.LatestOverdueOfferDate(s.Today(), s.Calendar);
        var unanswered = s.Db.Offers.Where(o => o.Status == OfferStatus.Offered && o.OfferedOn <= latest
                                                && s.Db.Episodes.Any(e => e.Id == o.EpisodeId && e.EndedOn == null));
        return TypedResults.Ok(await ViewQueries.OfferPageAsync(s.Db, ViewQueries.WithEpisodes(s.Db, unanswered), page, ct));
    }

    /// <summary>
    /// Parents without an advocate whose child's initial conference is today or later (<see cref="NeedsAdvocateBeforeConference"/>),
    /// soonest conference first: not yet answered, or accepted and waiting for an advocate.
    /// </summary>
    public static async Task<Results<Ok<Paged<OfferView>>, ValidationProblem>> ListWithoutAdvocate(
        [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        return TypedResults.Ok(await ViewQueries.OfferPageAsync(s.Db, NeedsAdvocateBeforeConference.Query(s.Db, s.Today()), page, ct));
    }

    public static async Task<Results<Ok<OfferView>, ProblemHttpResult>> GetOffer(Guid id, [AsParameters] AdvocacyServices s, CancellationToken ct) =>
        await ViewQueries.OfferAsync(s.Db, id, ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound("advocacy offer", id);

    /// <summary>
    /// Records the parent's answer: accepted or declined, once (409), dated on or after the offer (422); publishes
    /// <see cref="Contracts.Advocacy.AdvocacyOfferAnswered"/> in the same transaction.
    /// </summary>
    public static async Task<Results<Ok<OfferView>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerOfferRequest request, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = AnswerOfferValidation.Check(request, s.Today());
        if (!errors.IsValid) return Problems.Invalid(errors);
        var offer = await s.Db.Offers.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Problems.NotFound("advocacy offer", id);
        offer.Answer(request.Answer!, request.AnsweredOn!.Value, s.ActorId);
        s.Outbox.Add(OfferEvents.Answered(offer));
        await s.Db.SaveChangesAsync(ct); // a racing second answer fails on the row version: 409
        AdvocacyTelemetry.OffersAnswered.Add(1, new KeyValuePair<string, object?>("answer", request.Answer));
        return TypedResults.Ok((await ViewQueries.OfferAsync(s.Db, id, ct))!);
    }

    /// <summary>The parent withdraws consent (<see cref="Application.WithdrawConsent"/>): any advocate stops acting at once.</summary>
    public static async Task<Results<Ok<OfferView>, ProblemHttpResult>> WithdrawConsent(
        Guid id, [AsParameters] AdvocacyServices s, WithdrawConsent withdrawal, CancellationToken ct)
    {
        if (await ChildOfOfferAsync(s, id, ct) is not { } laChildId) return Problems.NotFound("advocacy offer", id);
        await withdrawal.RunAsync(id, laChildId, s.ActorId, ct);
        return TypedResults.Ok((await ViewQueries.OfferAsync(s.Db, id, ct))!);
    }

    /// <summary>
    /// Allocates an advocate to a parent who accepted (<see cref="AllocateAdvocate"/>): within the advocate's capacity and
    /// never to an advocate acting for a parent in conflict with this one (422 naming advocateId). Re-allocation after an
    /// advocate left is the same call.
    /// </summary>
    public static async Task<Results<Created<AllocationView>, ValidationProblem, ProblemHttpResult>> Allocate(
        Guid id, AllocateRequest request, [AsParameters] AdvocacyServices s, AllocateAdvocate allocation, CancellationToken ct)
    {
        var errors = AllocateValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        if (await ChildOfOfferAsync(s, id, ct) is not { } laChildId) return Problems.NotFound("advocacy offer", id);
        var advocate = await s.Db.Advocates.SingleOrDefaultAsync(a => a.Id == request.AdvocateId, ct);
        if (advocate is null) return Problems.NotFound("advocate", request.AdvocateId!.Value);
        var allocated = await allocation.RunAsync(id, laChildId, advocate, s.ActorId, ct);
        return TypedResults.Created($"/api/advocacy/allocations/{allocated.Id}", AllocationView.From(allocated));
    }

    /// <summary>The child an offer is for: the family whose lock the write takes; null for an unknown offer.</summary>
    private static Task<string?> ChildOfOfferAsync(AdvocacyServices s, Guid offerId, CancellationToken ct) =>
        s.Db.Offers.Where(o => o.Id == offerId).Select(o => (string?)o.LaChildId).SingleOrDefaultAsync(ct);
}
