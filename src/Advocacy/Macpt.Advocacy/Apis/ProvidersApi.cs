using Macpt.Advocacy.Apis.Validation;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>Advocacy providers (voluntary and community organisations) and the advocates who work for them.</summary>
public static class ProvidersApi
{
    public const string ProviderScope = "advocacy.providers.register";
    public const string AdvocateScope = "advocacy.advocates.register";

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/providers").WithTags("Providers");
        api.MapPost("/", RegisterProvider).WithName("RegisterProvider");
        api.MapGet("/", ListProviders).WithName("ListProviders");
        api.MapGet("/{id:guid}", GetProvider).WithName("GetProvider");
        api.MapPost("/{id:guid}/advocates", RegisterAdvocate).WithName("RegisterAdvocate");
        return app;
    }

    public static async Task<Results<Created<ProviderView>, ValidationProblem, ProblemHttpResult>> RegisterProvider(
        [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey, RegisterProviderRequest request,
        AdvocacyDbContext db, LegacyIdempotentCreation<AdvocacyDbContext> idempotency, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return IdempotencyAnswers.MissingKey();
        var errors = AdvocateRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        switch (await idempotency.FindAsync(ProviderScope, idempotencyKey!, request, ct))
        {
            case IdempotentEarlier.KeyReused: return IdempotencyAnswers.KeyReused();
            case IdempotentEarlier.Replay replay:
                response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/advocacy/providers/{replay.ResourceId}",
                    ProviderView.From(await db.Providers.AsNoTracking().SingleAsync(p => p.Id == replay.ResourceId, ct)));
        }
        var now = time.GetUtcNow();
        var provider = AdvocacyProvider.Register(Guid.CreateVersion7(now), request.Name!.Trim(), request.Kind!, request.RecordedBy!, now);
        db.Providers.Add(provider);
        idempotency.Record(ProviderScope, idempotencyKey!, request, provider.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/advocacy/providers/{provider.Id}", ProviderView.From(provider));
    }

    public static async Task<Ok<List<ProviderView>>> ListProviders(AdvocacyDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Providers.AsNoTracking().OrderBy(p => p.Name).Take(500).ToListAsync(ct)).Select(ProviderView.From).ToList());

    public static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> GetProvider(Guid id, AdvocacyDbContext db, CancellationToken ct)
    {
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return provider is null ? Problems.NotFound("advocacy provider", id) : TypedResults.Ok(ProviderView.From(provider));
    }

    /// <summary>Registers an advocate of the provider: lived experience, languages and capacity (parents supported at once).</summary>
    public static async Task<Results<Created<AdvocateView>, ValidationProblem, ProblemHttpResult>> RegisterAdvocate(
        Guid id, [FromHeader(Name = IdempotencyKey.HeaderName)] string? idempotencyKey, RegisterAdvocateRequest request,
        AdvocacyDbContext db, LegacyIdempotentCreation<AdvocacyDbContext> idempotency, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotencyKey)) return IdempotencyAnswers.MissingKey();
        var errors = AdvocateRules.Check(request);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!await db.Providers.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound("advocacy provider", id);
        var scopedRequest = new { providerId = id, request };
        switch (await idempotency.FindAsync(AdvocateScope, idempotencyKey!, scopedRequest, ct))
        {
            case IdempotentEarlier.KeyReused: return IdempotencyAnswers.KeyReused();
            case IdempotentEarlier.Replay replay:
                response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/advocacy/advocates/{replay.ResourceId}",
                    AdvocateView.From(await db.Advocates.AsNoTracking().SingleAsync(a => a.Id == replay.ResourceId, ct)));
        }
        var now = time.GetUtcNow();
        var advocate = Advocate.Join(Guid.CreateVersion7(now), id, request.Name!.Trim(), request.LivedExperience!.Value,
            request.Languages!.Select(l => l!), request.Capacity!.Value, now);
        db.Advocates.Add(advocate);
        idempotency.Record(AdvocateScope, idempotencyKey!, scopedRequest, advocate.Id);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/advocacy/advocates/{advocate.Id}", AdvocateView.From(advocate));
    }
}
