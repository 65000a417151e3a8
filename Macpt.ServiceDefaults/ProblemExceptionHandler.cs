using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Macpt.ServiceDefaults;

/// <summary>
/// The one exception handler: known faults become their problem answer, anything else a bare 500.
/// The log line carries the exception type and the endpoint only, never the message.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IEnumerable<IProblemMapper> mappers,
    IProblemDetailsService problems,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var answer = mappers.Select(m => m.TryMap(context, exception)).FirstOrDefault(a => a is not null);
        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.ToString();
        if (answer is null)
        {
            LogUnexpected(logger, type, endpoint);
            answer = new ProblemAnswer(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error has been logged with this trace id.");
        }
        else
        {
            LogMapped(logger, type, answer.Status, endpoint);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is { } retry)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = answer.Status, Title = answer.Title, Detail = answer.Detail },
        };
        if (answer.Errors is not null) problem.ProblemDetails.Extensions["errors"] = answer.Errors;
        return await problems.TryWriteAsync(problem);
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled {ExceptionType} at {Endpoint}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string endpoint);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "{ExceptionType} at {Endpoint} answered {Status}")]
    private static partial void LogMapped(ILogger logger, string exceptionType, int status, string endpoint);
}
