using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Macpt.Persistence;

/// <summary>
/// PostgreSQL cannot hold some characters in text (NUL above all). A value carrying one, in a body or a query
/// string, is the caller's mistake: 400, and nothing was stored because the statement failed.
/// </summary>
internal sealed class UnstorableTextProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: "22021" or "22P05" })
            {
                const string detail = "A value contains a character that cannot be stored (such as NUL).";
                return new ProblemAnswer(StatusCodes.Status400BadRequest, "The request is invalid.", detail,
                    new Dictionary<string, string[]> { ["request"] = [detail] });
            }
        }
        return null;
    }
}
