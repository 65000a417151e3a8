using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Domain.Rules;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.Contracts.Cin;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
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
        var api = app.MapGroup("/api/advocacy/offers").WithTags("Offers");
        api.MapGet("/", ListOffers).WithName("ListOffers");
        api.MapGet("/unanswered", ListUnanswered).WithName("ListUnansweredOffers");
        api.MapGet("/without-advocate", ListWithoutAdvocate).WithName("ListParentsWithoutAdvocateBeforeConference");
        api.MapGet("/{id:guid}", GetOffer).WithName("GetOffer");
        api.MapPost("/{id:guid}/answer", Answer).WithName("AnswerOffer");
        api.MapPost("/{id:guid}/consent-withdrawal", WithdrawConsent).WithName("WithdrawConsent");
        api.MapPost("/{id:guid}/allocation", Allocate).WithName("AllocateAdvocate");
        return app;
    }

    /// <summary>Offers for a child, a parent or a referral, optionally by status.</summary>
    public static async Task<Results<Ok<List<OfferView>>, ValidationProblem>> ListOffers(
        string? laChildId, Guid? parentId, Guid? referralId, string? status, AdvocacyDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (laChildId is not null && !LaChildId.IsValid(laChildId)) errors["laChildId"] = ["The child's LA id is letters and digits."];
        if (status is not null && !OfferStatus.All.Contains(status)) errors["status"] = [$"The status must be one of: {string.Join(", ", OfferStatus.All)}."];
        if (laChildId is null && parentId is null && referralId is null) errors["laChildId"] = ["Say whose offers: laChildId, parentId or referralId."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var query = db.Offers.AsNoTracking();
        if (laChildId is not null) query = query.Where(o => o.LaChildId == laChildId);
        if (parentId is { } p) query = query.Where(o => o.ParentId == p);
        if (referralId is { } r) query = query.Where(o => o.ReferralId == r);
        if (status is not null) query = query.Where(o => o.Status == status);
        return TypedResults.Ok(await ViewsAsync(db, query, ct));
    }

    /// <summary>Offers still unanswered more than 2 working days after they were made, in open episodes, oldest first.</summary>
    public static async Task<Ok<List<OfferView>>> ListUnanswered(AdvocacyDbContext db, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var latest = UnansweredOfferDeadline.LatestOverdueOfferDate(LondonClock.Today(time), calendar);
        var query = from o in db.Offers.AsNoTracking()
                    join e in db.Episodes on o.EpisodeId equals e.Id
                    where o.Status == OfferStatus.Offered && o.OfferedOn <= latest && e.EndedOn == null
                    select o;
        return TypedResults.Ok(await ViewsAsync(db, query, ct));
    }

    /// <summary>
    /// Parents without an advocate whose child's initial conference is today or later (<see cref="NeedsAdvocateBeforeConference"/>),
    /// soonest conference first: not yet answered, or accepted and waiting for an advocate.
    /// </summary>
    public static async Task<Ok<List<OfferView>>> ListWithoutAdvocate(AdvocacyDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = LondonClock.Today(time);
        var statuses = NeedsAdvocateBeforeConference.StatusesToFollowUp.ToList();
        var rows = await (from o in db.Offers.AsNoTracking()
                          join e in db.Episodes.AsNoTracking() on o.EpisodeId equals e.Id
                          where e.EndedOn == null && e.ConferenceDate >= today && statuses.Contains(o.Status)
                                && !db.Allocations.Any(a => a.OfferId == o.Id && a.EndedAt == null)
                          orderby e.ConferenceDate, o.OfferedAt
                          select new { o, e }).Take(500).ToListAsync(ct);
        var due = rows.Where(x => NeedsAdvocateBeforeConference.Applies(x.o, x.e, hasActiveAllocation: false, today));
        return TypedResults.Ok(due.Select(x => OfferView.From(x.o, null, x.e)).ToList());
    }

    public static async Task<Results<Ok<OfferView>, ProblemHttpResult>> GetOffer(Guid id, AdvocacyDbContext db, CancellationToken ct)
    {
        var views = await ViewsAsync(db, db.Offers.AsNoTracking().Where(o => o.Id == id), ct);
        return views.Count == 0 ? Problems.NotFound("advocacy offer", id) : TypedResults.Ok(views[0]);
    }

    /// <summary>Records the parent's answer: accepted or declined, once (409 on a second answer).</summary>
    public static async Task<Results<Ok<OfferView>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerOfferRequest request, AdvocacyDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = OfferRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return Problems.NotFound("advocacy offer", id);
        if (OfferIsAnsweredOnce.IsBroken(offer)) return Problems.Conflict(OfferIsAnsweredOnce.Message, "A parent answers an offer once; consent given can be withdrawn.", "answer");
        if (request.AnsweredOn!.Value < offer.OfferedOn) return Problems.Unprocessable("answeredOn", "The answer is dated before the offer was made.");
        offer.Answer(request.Answer!, request.AnsweredOn.Value, request.RecordedBy!);
        await db.SaveChangesAsync(ct); // a racing second answer fails on the row version: 409
        AdvocacyTelemetry.OffersAnswered.Add(1, new KeyValuePair<string, object?>("answer", request.Answer));
        return TypedResults.Ok((await ViewsAsync(db, db.Offers.AsNoTracking().Where(o => o.Id == id), ct))[0]);
    }

    /// <summary>
    /// The parent withdraws consent: the offer is closed and any advocate stops acting in the same transaction
    /// (<c>AdvocacyEnded</c>, consent-withdrawn), freeing the advocate's place; no service invites them again for this parent.
    /// </summary>
    public static async Task<Results<Ok<OfferView>, ValidationProblem, ProblemHttpResult>> WithdrawConsent(
        Guid id, WithdrawConsentRequest request, AdvocacyDbContext db, AllocationEnding ending, TimeProvider time, CancellationToken ct)
    {
        var errors = OfferRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var laChildId = await db.Offers.Where(o => o.Id == id).Select(o => o.LaChildId).SingleOrDefaultAsync(ct);
        if (laChildId is null) return Problems.NotFound("advocacy offer", id);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Decided one at a time with allocations in the family, so no advocate is allocated to a withdrawn offer.
        await ChildLock.AcquireAsync(db, laChildId, ct);
        var offer = await db.Offers.SingleAsync(o => o.Id == id, ct);
        if (ConsentCanBeWithdrawn.IsBroken(offer)) return Problems.Conflict(ConsentCanBeWithdrawn.Message, "Only an accepted offer's consent can be withdrawn, once.", "status");
        var now = time.GetUtcNow();
        offer.WithdrawConsent(now, request.RecordedBy!);
        var active = await db.Allocations.Where(a => a.OfferId == id && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.ConsentWithdrawn, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok((await ViewsAsync(db, db.Offers.AsNoTracking().Where(o => o.Id == id), ct))[0]);
    }

    /// <summary>
    /// Allocates an advocate to a parent who accepted: within the advocate's capacity and never to an advocate
    /// acting for a parent in conflict with this one (422 naming advocateId). Re-allocation after an advocate left
    /// is the same call. <c>AdvocateAllocated</c> goes out with the allocation.
    /// </summary>
    public static async Task<Results<Created<AllocationView>, ValidationProblem, ProblemHttpResult>> Allocate(
        Guid id, AllocateRequest request, AdvocacyDbContext db, IOutbox outbox, TimeProvider time, CancellationToken ct)
    {
        var errors = OfferRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var laChildId = await db.Offers.Where(o => o.Id == id).Select(o => o.LaChildId).SingleOrDefaultAsync(ct);
        if (laChildId is null) return Problems.NotFound("advocacy offer", id);
        var advocate = await db.Advocates.SingleOrDefaultAsync(a => a.Id == request.AdvocateId, ct);
        if (advocate is null) return Problems.NotFound("advocate", request.AdvocateId!.Value);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Conflicts, withdrawals and allocations of one family are decided one at a time; the advocate's row
        // version settles a race for their last place between families.
        await ChildLock.AcquireAsync(db, laChildId, ct);
        var offer = await db.Offers.SingleAsync(o => o.Id == id, ct);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == offer.EpisodeId, ct);
        var hasActive = await db.Allocations.AnyAsync(a => a.OfferId == id && a.EndedAt == null, ct);
        if (AllocationNeedsConsent.Broken(offer, episode, hasActive) is { } refused)
            return Problems.Conflict("The advocate cannot be allocated.", refused, refused == AllocationNeedsConsent.AlreadyAllocated ? "advocateId" : "status");
        if (advocate.HasLeft) return Problems.Unprocessable("advocateId", "The advocate has left the provider.");
        if (AdvocateCapacity.IsBroken(advocate)) return Problems.Unprocessable("advocateId", AdvocateCapacity.Message);
        var conflicts = await db.ParentConflicts.AsNoTracking().Where(c => c.FirstParentId == offer.ParentId || c.SecondParentId == offer.ParentId).ToListAsync(ct);
        var served = await db.Allocations.Where(a => a.AdvocateId == advocate.Id && a.EndedAt == null && a.LaChildId == offer.LaChildId).Select(a => a.ParentId).ToListAsync(ct);
        if (ConflictOfInterest.IsBroken(offer.ParentId, conflicts, served)) return Problems.Unprocessable("advocateId", ConflictOfInterest.Message);

        var now = time.GetUtcNow();
        advocate.TakeCase();
        var allocation = Allocation.Make(Guid.CreateVersion7(now), offer, advocate, request.AllocatedBy!, now);
        db.Allocations.Add(allocation);
        outbox.Add(new AdvocateAllocated(allocation.Id, offer.Id, offer.ParentId, advocate.Id, advocate.ProviderId, offer.ReferralId, offer.LaChildId, now));
        await db.SaveChangesAsync(ct); // a racing allocation for the advocate's last place fails on the row version: 409
        await tx.CommitAsync(ct);
        AdvocacyTelemetry.Allocations.Add(1);
        return TypedResults.Created($"/api/advocacy/allocations/{allocation.Id}", AllocationView.From(allocation));
    }

    internal static async Task<List<OfferView>> ViewsAsync(AdvocacyDbContext db, IQueryable<AdvocacyOffer> offers, CancellationToken ct)
    {
        var rows = await (from o in offers
                          join e in db.Episodes.AsNoTracking() on o.EpisodeId equals e.Id
                          orderby o.OfferedAt, o.Id
                          select new { o, e }).Take(500).ToListAsync(ct);
        var ids = rows.Select(x => x.o.Id).ToList();
        var active = await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.OfferId) && a.EndedAt == null).ToDictionaryAsync(a => a.OfferId, ct);
        return rows.Select(x => OfferView.From(x.o, active.GetValueOrDefault(x.o.Id), x.e)).ToList();
    }
}
