using Macpt.Rules;
using Microsoft.AspNetCore.Http;

namespace Macpt.ServiceDefaults;

/// <summary>
/// A rule the aggregate refused becomes 409 (it conflicts with the record) or 422 (it breaks a rule),
/// with <c>errors[field]</c>. The one place rule breaches turn into answers: no handler checks a rule itself.
/// </summary>
internal sealed class RuleBrokenProblemMapper : IProblemMapper
{
    public ProblemAnswer? TryMap(HttpContext context, Exception exception)
    {
        if (exception is not RuleBrokenException broken) return null;
        var errors = new Dictionary<string, string[]> { [broken.Field] = [broken.Message] };
        return broken.Kind == RuleKind.Conflict
            ? new ProblemAnswer(StatusCodes.Status409Conflict, "The request conflicts with the record.", broken.Message, errors)
            : new ProblemAnswer(StatusCodes.Status422UnprocessableEntity, "The request breaks a rule.", broken.Message, errors);
    }
}
