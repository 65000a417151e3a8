using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Macpt.ServiceDefaults.Validation;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>What a write endpoint needs, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record FamilyNetworksServices(FamilyNetworksDbContext Db, IOutbox Outbox, TimeProvider Time, HttpContext Http)
{
    /// <summary>Whoever is acting, from the token: the one source of "who did this" on every record.</summary>
    public string ActorId => Http.Actor().Id;

    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>Today in London, against which recorded dates are checked.</summary>
    public DateOnly Today() => LondonClock.Today(Time);

    /// <summary>A change to a stored request or plan: its shape checked (400), then <see cref="RecordChange"/>.</summary>
    public async Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult>> ChangeAsync<T, TView>(Guid id, RequestErrors errors,
        Action<T> change, Func<T, TView> view, string resource, CancellationToken ct) where T : class =>
        errors.IsValid ? await Db.ChangeAsync(id, resource, change, view, ct) : Problems.Invalid(errors);
}
