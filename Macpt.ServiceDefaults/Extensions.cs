using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Macpt.ServiceDefaults;

/// <summary>
/// The one set of cross-cutting defaults every service and the gateway start with:
/// telemetry, health, service discovery, resilience, problem details and JSON.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";

    /// <summary>The largest request body any Macpt endpoint accepts (a household referral fits many times over).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Personal data that reaches a log statement is erased before any logger or exporter sees it.
        builder.Services.AddRedaction(r => r.SetRedactor<Microsoft.Extensions.Compliance.Redaction.ErasingRedactor>(new DataClassificationSet(MacptData.Personal)));
        builder.Logging.EnableRedaction();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        if (builder.Configuration.GetValue<bool>("Macpt:Testing:ClockHeader"))
        {
            builder.Services.AddHttpContextAccessor();
            builder.Services.AddSingleton<TimeProvider, RequestHeaderTimeProvider>();
        }
        else
        {
            builder.Services.AddSingleton(TimeProvider.System);
        }
        // A client that calls another service opts in to discovery and retries (MacptAuthentication's keys client);
        // not every client by default, so the OTLP exporter's keep the exporter's own retry rather than a second one.
        builder.Services.AddServiceDiscovery();
        // Polly logs every attempt of every call at Information: retries and breaks (warnings) are what matter.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        builder.Services.ConfigureHttpJsonOptions(o => MacptJson.Configure(o.SerializerOptions));
        builder.Services.AddMacptProblemDetails();
        // Binding failures throw, so the problem answer can name the field at fault.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // No request about one child needs more than this; a larger body is refused (413) before it is read.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<IHealthCheckPublisher, HealthTelemetry>();
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(2);
            o.Period = HealthTelemetry.Period;
        });
        return builder;
    }

    /// <summary>Correlation ids, problem details for every error, and the health endpoints.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // /health: every check (database, broker) must pass before traffic is sent here.
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        // /alive: the process is up; restarts are decided on this alone.
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live"), ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        return app;
    }
}
