using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Paging;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>Advocates: who can take a parent (language, lived experience, room), capacity changes, and leaving.</summary>
public static class AdvocatesApi
{
    public static IEndpointRouteBuilder MapAdvocatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/advocates").WithTags("Advocates").RequireAuthorization(AccessPolicies.Advocacy);
        api.MapGet("/", ListAdvocates).WithName("ListAdvocates");
        api.MapGet("/over-capacity", ListOverCapacity).WithName("ListAdvocatesOverCapacity");
        api.MapGet("/{id:guid}", GetAdvocate).WithName("GetAdvocate");
        api.MapPut("/{id:guid}/capacity", SetCapacity).WithName("SetAdvocateCapacity");
        api.MapPost("/{id:guid}/leaving", Leave).WithName("AdvocateLeft");
        return app;
    }

    public sealed record AdvocateFilter([FromQuery(Name = "providerId")] Guid? ProviderId, [FromQuery(Name = "language")] string? Language, [FromQuery(Name = "livedExperience")] bool? LivedExperience, [FromQuery(Name = "available")] bool? Available);

    /// <summary>
    /// Active advocates, optionally of one provider, speaking a language, with lived experience, or with room for
    /// another parent (<c>available=true</c>), most room first: what a practitioner looks at before allocating.
    /// </summary>
    public static async Task<Results<Ok<Paged<AdvocateView>>, ValidationProblem>> ListAdvocates(
        [AsParameters] AdvocateFilter filter, [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        LanguageCode.Check(errors, "language", filter.Language, required: false);
        page.Check(errors);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var query = s.Db.Advocates.AsNoTracking().Where(a => a.Status == AdvocateStatus.Active);
        if (filter.ProviderId is { } p) query = query.Where(a => a.ProviderId == p);
        if (filter.Language is { } language) query = query.Where(a => a.Languages.Contains(language));
        if (filter.LivedExperience is { } lived) query = query.Where(a => a.LivedExperience == lived);
        if (filter.Available == true) query = query.Where(a => a.OpenCases < a.Capacity);
        var advocates = await query.OrderBy(a => a.OpenCases - a.Capacity).ThenBy(a => a.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(advocates.Select(AdvocateView.From));
    }

    /// <summary>Advocates holding more parents than their capacity (it was lowered after allocation), most over first: someone should move.</summary>
    public static async Task<Results<Ok<Paged<AdvocateView>>, ValidationProblem>> ListOverCapacity(
        [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        // Advocate.IsOverCapacity, in SQL.
        var advocates = await s.Db.Advocates.AsNoTracking().Where(a => a.Status == AdvocateStatus.Active && a.OpenCases > a.Capacity)
            .OrderByDescending(a => a.OpenCases - a.Capacity).ThenBy(a => a.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(advocates.Select(AdvocateView.From));
    }

    public static async Task<Results<Ok<AdvocateView>, ProblemHttpResult>> GetAdvocate(Guid id, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var advocate = await s.Db.Advocates.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return advocate is null ? Problems.NotFound("advocate", id) : TypedResults.Ok(AdvocateView.From(advocate));
    }

    /// <summary>Changes the advocate's capacity. Lowering it below their open cases is allowed and lists them as over capacity.</summary>
    public static async Task<Results<Ok<AdvocateView>, ValidationProblem, ProblemHttpResult>> SetCapacity(
        Guid id, CapacityRequest request, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = CapacityValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        return await s.Db.ChangeAsync(id, "advocate", (Advocate advocate) => advocate.SetCapacity(request.Capacity!.Value), AdvocateView.From, ct);
    }

    /// <summary>
    /// The advocate leaves (<see cref="AdvocateLeaving"/>): every allocation ends in one transaction, and the answer lists
    /// the offers that need another advocate (they also appear among parents without an advocate).
    /// </summary>
    public static async Task<Results<Ok<AdvocateLeftView>, ValidationProblem, ProblemHttpResult>> Leave(
        Guid id, AdvocateLeftRequest request, [AsParameters] AdvocacyServices s, AdvocateLeaving leaving, CancellationToken ct)
    {
        var errors = AdvocateLeftValidation.Check(request, s.Today());
        if (!errors.IsValid) return Problems.Invalid(errors);
        var advocate = await s.Db.Advocates.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (advocate is null) return Problems.NotFound("advocate", id);
        var ended = await leaving.RunAsync(advocate, request.LeftOn!.Value, ct);
        return TypedResults.Ok(new AdvocateLeftView(AdvocateView.From(advocate), ended.Select(a => a.Id).ToList(), ended.Select(a => a.OfferId).ToList()));
    }
}
