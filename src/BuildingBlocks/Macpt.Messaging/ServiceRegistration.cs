using System.Reflection;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Macpt.Messaging;

public static class ServiceRegistration
{
    /// <summary>
    /// What every Macpt service is built on: its own database (named after the service), the bus
    /// with outbox and inbox, and an OpenAPI document. Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMacptService<TContext>(this IHostApplicationBuilder builder, string serviceName, Assembly consumersAssembly)
        where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>(serviceName);
        builder.AddServiceMessaging<TContext>(serviceName, consumersAssembly);
        builder.Services.AddOpenApi();
        return builder;
    }
}
