using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.ServiceDefaults;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 9457 problem details for every error, carrying the trace and correlation ids.</summary>
    public static IServiceCollection AddMacptProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            if (ctx.HttpContext.Items[CorrelationIdMiddleware.HeaderName] is string correlationId)
            {
                ctx.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        services.AddSingleton<IProblemMapper, BadRequestProblemMapper>();
        services.AddSingleton<IProblemMapper, RuleBrokenProblemMapper>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}
