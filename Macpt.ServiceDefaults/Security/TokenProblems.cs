using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.ServiceDefaults.Security;

/// <summary>401 and 403 as problem+json, saying what is wrong without echoing the token.</summary>
internal static class TokenProblems
{
    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The access token has expired: get a new one from /connect/token.",
            null when context.Request.Headers.Authorization.Count == 0 => "Send an access token from /connect/token as 'Authorization: Bearer …'.",
            _ => "The access token is not valid here (signature, issuer, audience or expiry).",
        };
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "A valid access token is required.", detail);
    }

    public static Task ForbiddenAsync(ForbiddenContext context) =>
        WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not open to this caller.", "Your role or agency may not do this.");

    private static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
