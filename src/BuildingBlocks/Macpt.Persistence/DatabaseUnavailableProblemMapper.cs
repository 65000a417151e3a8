using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;

namespace Macpt.Persistence;

/// <summary>
/// While the service's database is down callers get 503 with Retry-After, not a 500: the request
/// was not applied, and a retry with the same idempotency key is safe.
/// </summary>
internal sealed class DatabaseUnavailableProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception) =>
        DatabaseOutage.IsOutage(exception)
            ? new ProblemAnswer(StatusCodes.Status503ServiceUnavailable, "The service's database is unavailable.",
                "Nothing was stored. Retry later with the same idempotency key.")
            { RetryAfter = TimeSpan.FromSeconds(5) }
            : null;
}
