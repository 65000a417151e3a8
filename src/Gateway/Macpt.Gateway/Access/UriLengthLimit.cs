namespace Macpt.Gateway.Access;

/// <summary>
/// No Macpt request needs a long URI: past <see cref="MaxUriLength"/> characters the gateway answers 414 as
/// problem+json. Kestrel's own request-line limit is set above this (<see cref="RequestLineBytes"/>), so the
/// caller gets a problem answer rather than a bare connection-level refusal.
/// </summary>
public sealed class UriLengthLimit(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxUriLength = 8 * 1024;
    public const int RequestLineBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var length = (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
        if (length <= MaxUriLength)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status414UriTooLong, Title = "The URI is too long.", Detail = $"At most {MaxUriLength} characters of path and query." },
        });
    }
}
