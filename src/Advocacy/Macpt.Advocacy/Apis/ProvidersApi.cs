using Macpt.Advocacy.Apis.Validation;
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

/// <summary>
/// Advocacy providers (voluntary and community organisations) and the advocates who work for them. Each create is
/// idempotent on its key: 201; the same key and body again 200 with <c>Idempotent-Replayed: true</c>; another body 409.
/// </summary>
public static class ProvidersApi
{
    public const string ProviderOperation = "advocacy.providers.create";
    public const string AdvocateOperation = "advocacy.advocates.create";

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/advocacy/providers").WithTags("Providers").RequireAuthorization(AccessPolicies.Advocacy);
        api.MapPost("/", RegisterProvider).WithName("RegisterProvider");
        api.MapGet("/", ListProviders).WithName("ListProviders");
        api.MapGet("/{id:guid}", GetProvider).WithName("GetProvider");
        api.MapPost("/{id:guid}/advocates", RegisterAdvocate).WithName("RegisterAdvocate");
        return app;
    }

    public static async Task<Results<Created<ProviderView>, Ok<ProviderView>, ValidationProblem, ProblemHttpResult>> RegisterProvider(
        [AsParameters] IdempotentRequest idempotency, RegisterProviderRequest request,
        [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = RegisterProviderValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        var outcome = await s.Idempotency.CreateAsync(ProviderOperation, idempotency.Key, request, _ =>
        {
            var now = s.Time.GetUtcNow();
            var provider = AdvocacyProvider.Register(Guid.CreateVersion7(now), request.Name!.Trim(), request.Kind!, s.ActorId, now);
            s.Db.Providers.Add(provider);
            return Task.FromResult((provider.Id.ToString(), provider.Id));
        }, (id, _) => Task.FromResult(Guid.Parse(id)), ct).SelectAsync(id => ViewQueries.ProviderAsync(s.Db, id, ct));
        return outcome.ToResult(idempotency.Response, p => $"/api/advocacy/providers/{p.Id}");
    }

    /// <summary>Providers by name.</summary>
    public static async Task<Results<Ok<Paged<ProviderView>>, ValidationProblem>> ListProviders(
        [AsParameters] PageQuery page, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var errors = new RequestErrors();
        if (!page.Check(errors)) return Problems.Invalid(errors);
        var providers = await s.Db.Providers.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(providers.Select(ProviderView.From));
    }

    public static async Task<Results<Ok<ProviderView>, ProblemHttpResult>> GetProvider(Guid id, [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        var provider = await s.Db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return provider is null ? Problems.NotFound("advocacy provider", id) : TypedResults.Ok(ProviderView.From(provider));
    }

    /// <summary>Registers an advocate of the provider: lived experience, languages and capacity (parents supported at once).</summary>
    public static async Task<Results<Created<AdvocateView>, Ok<AdvocateView>, ValidationProblem, ProblemHttpResult>> RegisterAdvocate(
        Guid id, [AsParameters] IdempotentRequest idempotency, RegisterAdvocateRequest request,
        [AsParameters] AdvocacyServices s, CancellationToken ct)
    {
        if (!IdempotencyKey.IsValid(idempotency.Key)) return IdempotencyKey.Missing();
        var errors = RegisterAdvocateValidation.Check(request);
        if (!errors.IsValid) return Problems.Invalid(errors);
        if (!await s.Db.Providers.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound("advocacy provider", id);
        var outcome = await s.Idempotency.CreateAsync(AdvocateOperation, idempotency.Key, new { providerId = id, request }, _ =>
        {
            var now = s.Time.GetUtcNow();
            var advocate = Advocate.Join(Guid.CreateVersion7(now), id, request.Name!.Trim(), request.LivedExperience!.Value,
                request.Languages!.Select(l => l!), request.Capacity!.Value, now);
            s.Db.Advocates.Add(advocate);
            return Task.FromResult((advocate.Id.ToString(), advocate.Id));
        }, (advocateId, _) => Task.FromResult(Guid.Parse(advocateId)), ct).SelectAsync(advocateId => ViewQueries.AdvocateAsync(s.Db, advocateId, ct));
        return outcome.ToResult(idempotency.Response, a => $"/api/advocacy/advocates/{a.Id}");
    }
}
