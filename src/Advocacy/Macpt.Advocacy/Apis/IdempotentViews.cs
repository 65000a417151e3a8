using Macpt.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Advocacy.Apis;

/// <summary>
/// The creates keep the new record's id as their answer and read the view from the store after saving, so the first
/// answer and every replay are read the same way and carry the same body.
/// </summary>
internal static class IdempotentViews
{
    public static async Task<Idempotent<TView>> ViewAsync<TView>(this Task<Idempotent<Guid>> creating, Func<Guid, Task<TView>> view) => await creating switch
    {
        Idempotent<Guid>.Created c => new Idempotent<TView>.Created(await view(c.Answer)),
        Idempotent<Guid>.Replayed r => new Idempotent<TView>.Replayed(await view(r.Answer)),
        _ => new Idempotent<TView>.KeyReused(),
    };
}
