using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Validation;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.FamilyNetworks.Apis;

/// <summary>What a write endpoint needs, bound from DI with <c>[AsParameters]</c>.</summary>
public sealed record FamilyNetworksServices(FamilyNetworksDbContext Db, IOutbox Outbox, TimeProvider Time)
{
    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>Today in London, against which recorded dates are checked.</summary>
    public DateOnly Today() => LondonClock.Today(Time);

    /// <summary>
    /// The one shape of a change to a stored request or plan: its shape checked (400), the record loaded (404),
    /// the change made by the aggregate (a broken rule: 409/422 by the rule problem mapper), saved (a racing
    /// change fails on the row version: 409).
    /// </summary>
    public async Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult>> ChangeAsync<T, TView>(Guid id, RequestErrors errors,
        Action<T> change, Func<T, TView> view, Func<Guid, ProblemHttpResult> notFound, CancellationToken ct) where T : class
    {
        if (!errors.IsValid) return Problems.Invalid(errors);
        var found = await Db.FindAsync<T>([id], ct);
        if (found is null) return notFound(id);
        change(found);
        await Db.SaveChangesAsync(ct);
        return TypedResults.Ok(view(found));
    }
}
