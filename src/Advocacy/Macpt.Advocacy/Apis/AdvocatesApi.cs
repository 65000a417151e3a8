using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Contracts.Advocacy;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>Advocates: who can take a parent (language, lived experience, room), capacity changes, and leaving.</summary>
public static class AdvocatesApi
{
    public static IEndpointRouteBuilder MapAdvocatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/advocates").WithTags("Advocates");
        api.MapGet("/", ListAdvocates).WithName("ListAdvocates");
        api.MapGet("/over-capacity", ListOverCapacity).WithName("ListAdvocatesOverCapacity");
        api.MapGet("/{id:guid}", GetAdvocate).WithName("GetAdvocate");
        api.MapPut("/{id:guid}/capacity", SetCapacity).WithName("SetAdvocateCapacity");
        api.MapPost("/{id:guid}/leaving", Leave).WithName("AdvocateLeft");
        return app;
    }

    /// <summary>
    /// Active advocates, optionally of one provider, speaking a language, with lived experience, or with room for
    /// another parent (<c>available=true</c>): what a practitioner looks at before allocating.
    /// </summary>
    public static async Task<Results<Ok<List<AdvocateView>>, ValidationProblem>> ListAdvocates(
        Guid? providerId, string? language, bool? livedExperience, bool? available, AdvocacyDbContext db, CancellationToken ct)
    {
        if (language is not null && !LanguageCode.IsValid(language)) return Problems.Invalid("language", "A language is an ISO 639 code (en, cy, pl, ur…).");
        var query = db.Advocates.AsNoTracking().Where(a => a.Status == AdvocateStatus.Active);
        if (providerId is { } p) query = query.Where(a => a.ProviderId == p);
        if (language is not null) query = query.Where(a => a.Languages.Contains(language));
        if (livedExperience is { } lived) query = query.Where(a => a.LivedExperience == lived);
        if (available == true) query = query.Where(a => a.OpenCases < a.Capacity);
        var list = await query.OrderBy(a => a.OpenCases - a.Capacity).ThenBy(a => a.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(AdvocateView.From).ToList());
    }

    /// <summary>Advocates holding more parents than their capacity (it was lowered after allocation): someone should move.</summary>
    public static async Task<Ok<List<AdvocateView>>> ListOverCapacity(AdvocacyDbContext db, CancellationToken ct)
    {
        var list = await db.Advocates.AsNoTracking().Where(a => a.Status == AdvocateStatus.Active && a.OpenCases > a.Capacity)
            .OrderByDescending(a => a.OpenCases - a.Capacity).ThenBy(a => a.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(AdvocateView.From).ToList());
    }

    public static async Task<Results<Ok<AdvocateView>, ProblemHttpResult>> GetAdvocate(Guid id, AdvocacyDbContext db, CancellationToken ct)
    {
        var advocate = await db.Advocates.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return advocate is null ? Problems.NotFound("advocate", id) : TypedResults.Ok(AdvocateView.From(advocate));
    }

    /// <summary>Changes the advocate's capacity. Lowering it below their open cases is allowed and lists them as over capacity.</summary>
    public static async Task<Results<Ok<AdvocateView>, ValidationProblem, ProblemHttpResult>> SetCapacity(
        Guid id, CapacityRequest request, AdvocacyDbContext db, CancellationToken ct)
    {
        var errors = AdvocateRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var advocate = await db.Advocates.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (advocate is null) return Problems.NotFound("advocate", id);
        if (advocate.HasLeft) return Problems.Conflict("The advocate has left.", "An advocate who has left takes no parents.", "capacity");
        advocate.SetCapacity(request.Capacity!.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(AdvocateView.From(advocate));
    }

    /// <summary>
    /// The advocate leaves: every allocation ends (<c>AdvocacyEnded</c>, advocate-left) in one transaction, and the
    /// answer lists the offers that need another advocate (they also appear among parents without an advocate).
    /// </summary>
    public static async Task<Results<Ok<AdvocateLeftView>, ValidationProblem, ProblemHttpResult>> Leave(
        Guid id, AdvocateLeftRequest request, AdvocacyDbContext db, AllocationEnding ending, TimeProvider time, CancellationToken ct)
    {
        var errors = AdvocateRules.Check(request, LondonClock.Today(time));
        if (errors.Count > 0) return Problems.Invalid(errors);
        var advocate = await db.Advocates.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (advocate is null) return Problems.NotFound("advocate", id);
        if (advocate.HasLeft) return Problems.Conflict("The advocate has already left.", "Their departure is recorded once.", "leftOn");
        var active = await db.Allocations.Where(a => a.AdvocateId == id && a.EndedAt == null).ToListAsync(ct);
        await ending.EndAsync(active, AdvocacyEndReasons.AdvocateLeft, time.GetUtcNow(), ct);
        advocate.Leave(request.LeftOn!.Value);
        await db.SaveChangesAsync(ct); // a racing allocation to this advocate fails on the row version: 409
        return TypedResults.Ok(new AdvocateLeftView(AdvocateView.From(advocate), active.Select(a => a.Id).ToList(), active.Select(a => a.OfferId).ToList()));
    }
}
