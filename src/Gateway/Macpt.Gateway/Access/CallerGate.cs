using Macpt.ServiceDefaults;

namespace Macpt.Gateway.Access;

/// <summary>
/// Every <c>/api</c> request must present a known API key (<c>X-Api-Key</c>, or <c>Authorization: ApiKey …</c>)
/// and be within its agency's access rules; otherwise 401 or 403 as problem+json, before any service is reached.
/// </summary>
public sealed class CallerGate(RequestDelegate next, CallerDirectory directory, IProblemDetailsService problems)
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string AuthorizationScheme = "ApiKey ";

    public async Task InvokeAsync(HttpContext context)
    {
        var caller = directory.Find(PresentedKey(context.Request));
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey";
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "An API key is required.",
                $"Send the caller's key in the {ApiKeyHeader} header.");
            return;
        }
        if (!AgencyAccessRules.Allows(caller.Agency, context.Request.Method, context.Request.Path.Value ?? "/"))
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Not open to this agency.",
                $"A {caller.Agency} caller may not {context.Request.Method} this resource.");
            return;
        }
        context.Items[typeof(Caller)] = caller;
        await next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[ApiKeyHeader] is [{ } key]) return key;
        return request.Headers.Authorization is [{ } auth] && auth.StartsWith(AuthorizationScheme, StringComparison.OrdinalIgnoreCase)
            ? auth[AuthorizationScheme.Length..].Trim()
            : null;
    }

    private Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
