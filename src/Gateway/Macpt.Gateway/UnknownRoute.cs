using Macpt.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Macpt.Gateway;

internal static class UnknownRoute
{
    /// <summary>A path no service owns: a problem answer, not an empty 404.</summary>
    public static ProblemHttpResult Answer(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such resource.",
            detail: $"The gateway routes /api/{{{string.Join('|', ServiceRoutes.Services)}}}/…; nothing else.");
}
