using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Persistence;

/// <summary>
/// While the service's database is down callers get 503 with Retry-After, not a 500: the request
/// was not applied, and a retry with the same idempotency key is safe.
/// </summary>
internal sealed class DatabaseUnavailableProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception) =>
        IsUnavailable(exception)
            ? new ProblemAnswer(StatusCodes.Status503ServiceUnavailable, "The service's database is unavailable.",
                "Nothing was stored. Retry later with the same idempotency key.") { RetryAfter = TimeSpan.FromSeconds(5) }
            : null;

    private static bool IsUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or TimeoutException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true; // shutting down, starting, too many connections
            if (e is InvalidOperationException && e.InnerException is NpgsqlException) return true; // EF wraps connection failures
            if (e is DbUpdateException && e.InnerException is NpgsqlException { IsTransient: true }) return true;
        }
        return false;
    }
}
