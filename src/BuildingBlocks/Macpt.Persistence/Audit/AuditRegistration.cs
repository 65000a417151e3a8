using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Macpt.Persistence.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// Audits the service's records in its own database: every change in the transaction that makes it, every
    /// answered request before its answer leaves, and the auditors' query. Call after <c>AddServiceDatabase</c>;
    /// the context's model must call <see cref="AuditModel.AddAuditLog"/>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceAudit<TContext>(this IHostApplicationBuilder builder, string serviceName) where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(new AuditedService(serviceName));
        builder.Services.AddSingleton<ChangeAuditInterceptor>();
        builder.Services.AddSingleton<ReadAuditInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((sp, o) => o.AddInterceptors(
            sp.GetRequiredService<ChangeAuditInterceptor>(), sp.GetRequiredService<ReadAuditInterceptor>()));
        builder.Services.AddSingleton(sp => new RequestAuditWriter(
            sp.GetRequiredService<ServiceDataSource<TContext>>().DataSource, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RequestAuditWriter>>()));
        builder.Services.AddSingleton(new AuditEndpoints(app => app.MapAuditApi<TContext>(serviceName)));
        return builder;
    }

    /// <summary>The request audit (before authorization, so refusals are audited) and the auditors' route.</summary>
    public static WebApplication UseServiceAudit(this WebApplication app)
    {
        if (app.Services.GetService<AuditEndpoints>() is not { } endpoints) return app;
        app.UseMiddleware<RequestAuditMiddleware>();
        endpoints.Map(app);
        return app;
    }
}

internal sealed record AuditEndpoints(Action<IEndpointRouteBuilder> Map);
