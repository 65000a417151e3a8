using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Persistence;

/// <summary>
/// Two callers changed the same record at once, or a unique rule was hit by a race the endpoint
/// did not foresee: the loser gets 409 and nothing of its change is stored.
/// </summary>
internal sealed class ConcurrencyConflictProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => Conflict,
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => Conflict,
        _ => null,
    };

    private static readonly ProblemAnswer Conflict = new(StatusCodes.Status409Conflict,
        "The record was changed by another request.", "Nothing was stored. Read the record again before retrying.");
}
