using System.Reflection;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Macpt.ServiceDefaults;
using Macpt.ServiceDefaults.Security;
using Macpt.WorkingDays;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Macpt.Hosting;

public static class ServiceRegistration
{
    /// <summary>
    /// What every Macpt service is built on: its own database (named after the service), the bus with
    /// outbox and inbox, the audit of its records, the working-day calendar and its snapshot check, the one idempotency path, an
    /// OpenAPI document, and access tokens checked for this service. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMacptService<TContext>(this IHostApplicationBuilder builder, string serviceName, Assembly consumersAssembly)
        where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>(serviceName);
        builder.AddServiceAudit<TContext>(serviceName);
        builder.AddServiceMessaging<TContext>(serviceName, consumersAssembly);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddHealthChecks().AddBankHolidaySnapshotCheck();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IdempotentCreation<TContext>>();
        builder.Services.AddOpenApi(o => o.AddOperationTransformer(PolicyInOpenApi.Describe));
        // Only tokens issued for this service (its scope) are accepted.
        builder.AddMacptAuthentication(serviceName);
        return builder;
    }

    /// <summary>
    /// The pipeline every service runs: correlation ids, problem details and health (anonymous), the audit of every
    /// answered request, then the
    /// access token on everything else, and the OpenAPI document (anonymous: it describes, it holds no data).
    /// </summary>
    public static WebApplication UseMacptService(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.UseServiceAudit();
        app.UseMacptAuthentication();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
