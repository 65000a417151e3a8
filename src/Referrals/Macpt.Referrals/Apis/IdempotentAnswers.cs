using Macpt.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Referrals.Apis;

internal static class IdempotentAnswers
{
    /// <summary><see cref="Idempotent{T}.ToResult"/> widened with the 400 a create answers before it reaches the idempotency path.</summary>
    public static Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult> ToAnswer<T>(this Idempotent<T> outcome,
        HttpResponse response, Func<T, string> location) => outcome.ToResult(response, location).Result switch
    {
        Created<T> created => created,
        Ok<T> replayed => replayed,
        var refused => (ProblemHttpResult)refused,
    };
}
