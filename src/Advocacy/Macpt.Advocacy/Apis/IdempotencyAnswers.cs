using Macpt.Persistence;
using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Advocacy.Apis;

internal static class IdempotencyAnswers
{
    public static ValidationProblem MissingKey() => Problems.Invalid(IdempotencyKey.HeaderName,
        $"An {IdempotencyKey.HeaderName} header (at most {IdempotencyKey.MaxLength} printable characters) is required.");

    public static ProblemHttpResult KeyReused() => Problems.Conflict("The idempotency key was used for a different request.",
        "This Idempotency-Key was first sent with a different body. Send a new key for a new record.", IdempotencyKey.HeaderName);
}
