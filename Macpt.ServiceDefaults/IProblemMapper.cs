using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// Turns a known kind of exception into a problem answer. Libraries register their own
/// (the persistence library maps a database outage to 503); anything unmapped is a 500.
/// </summary>
public interface IProblemMapper
{
    ProblemAnswer? TryMap(HttpContext context, Exception exception);
}

/// <summary>What a caller is told. Never the exception's own text: it can quote personal data.</summary>
public sealed record ProblemAnswer(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public TimeSpan? RetryAfter { get; init; }
}
