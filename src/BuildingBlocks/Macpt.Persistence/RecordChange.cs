using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence;

/// <summary>
/// The one shape of a change to a stored record: load it by its key (404 naming the resource), let the aggregate
/// change it (a broken rule answers 409/422 through the rule mapper), save (a racing change fails on the row
/// version: 409), answer its view.
/// </summary>
public static class RecordChange
{
    public static async Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult>> ChangeAsync<T, TView>(this DbContext db,
        Guid id, string resource, Func<T, Task> change, Func<T, Task<TView>> view, CancellationToken ct) where T : class
    {
        var found = await db.FindAsync<T>([id], ct);
        if (found is null) return Problems.NotFound(resource, id);
        await change(found);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await view(found));
    }

    public static Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult>> ChangeAsync<T, TView>(this DbContext db,
        Guid id, string resource, Action<T> change, Func<T, TView> view, CancellationToken ct) where T : class =>
        db.ChangeAsync<T, TView>(id, resource, r => { change(r); return Task.CompletedTask; }, r => Task.FromResult(view(r)), ct);
}
