using System.Reflection;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Macpt.Hosting;

public static class ServiceRegistration
{
    /// <summary>
    /// What every Macpt service is built on: its own database (named after the service), the bus with
    /// outbox and inbox, the working-day calendar and its snapshot check, the one idempotency path, and an
    /// OpenAPI document. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMacptService<TContext>(this IHostApplicationBuilder builder, string serviceName, Assembly consumersAssembly)
        where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>(serviceName);
        builder.AddServiceMessaging<TContext>(serviceName, consumersAssembly);
        builder.Services.AddWorkingDayCalendar(builder.Configuration);
        builder.Services.AddHealthChecks().AddBankHolidaySnapshotCheck();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IdempotentCreation<TContext>>();
        builder.Services.AddOpenApi();
        return builder;
    }
}
