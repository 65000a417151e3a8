using System.Reflection;
using Macpt.Messaging.Measures;
using Macpt.Messaging.Monitoring;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Macpt.Messaging;

public static class MessagingRegistration
{
    public const string ConnectionName = "messaging";

    /// <summary>Retries of a message whose handler failed for any reason but a database outage (ms).</summary>
    public static readonly int[] RetryIntervals = [100, 500, 1000, 2000, 5000];

    /// <summary>Retries while the service's database is unreachable (ms): 125 s in all.</summary>
    public static readonly int[] OutageRetryIntervals = [1000, 2000, 5000, 10_000, 10_000, 10_000, 15_000, 15_000, 15_000, 15_000, 15_000, 12_000];

    /// <summary>
    /// MassTransit over RabbitMQ with the service's outbox and inbox. Retries and the error queue
    /// are set here once: a message that still fails after the retries goes to its
    /// <c>&lt;queue&gt;_error</c> queue and does not block the others.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Assembly? consumersAssembly = null)
        where TContext : DbContext
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"The connection string '{ConnectionName}' is not configured."));

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxState>();
        builder.Services.AddSingleton(broker);
        builder.Services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        builder.Services.AddMetrics();
        if (consumersAssembly is not null) AddMeasures(builder.Services, consumersAssembly);
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddSingleton<IOutboxBacklog, OutboxBacklog<TContext>>();
        builder.Services.AddSingleton(new ErrorQueues(serviceName, ErrorQueueNames(serviceName, consumersAssembly)));
        builder.Services.AddSingleton<ErrorQueueDepth>();
        builder.Services.AddHostedService<MessagingGauges>();
        builder.Services.ConfigureDbContext<TContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        builder.Services.AddScoped<IOutbox, Outbox<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();

        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(EndpointNames(serviceName));
            if (consumersAssembly is not null) x.AddConsumers(consumersAssembly);
            // MassTransit's own check covers receive endpoints; a faulted consumer endpoint counts as
            // unhealthy, not degraded. BrokerHealthCheck covers publishing.
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "broker-endpoints";
                o.MinimalFailureStatus = HealthStatus.Unhealthy;
            });

            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
                {
                    h.Username(broker.Username);
                    h.Password(broker.Password);
                    h.PublisherConfirmation = true;
                    h.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                });
                // No delayed-exchange plugin here, so interval retries only. A database outage is retried for about
                // two minutes (the message waits, unacknowledged, for the database to return); any other failure
                // five times in 8.6 s, then the error queue, so one poison message never blocks the rest for long.
                cfg.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(DatabaseOutage.IsOutage);
                    r.Intervals(OutageRetryIntervals);
                });
                cfg.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(DatabaseOutage.IsOutage);
                    r.Intervals(RetryIntervals);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton<BusStart>();
        builder.Services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations.Where(r => r.Name == BusStartingHealthCheck.Name))
            {
                var factory = registration.Factory;
                registration.Factory = sp => new BusStartingHealthCheck(factory(sp), sp.GetRequiredService<BusStart>(), sp.GetRequiredService<TimeProvider>());
            }
        });
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false; // the API answers (and the outbox holds events) while the broker is down
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    private static KebabCaseEndpointNameFormatter EndpointNames(string serviceName) => new(serviceName, includeNamespace: false);

    /// <summary>The service's statutory measures: the one <see cref="EventMeasures"/> beside its consumers, if it has one.</summary>
    private static void AddMeasures(IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(EventMeasures))))
        {
            services.AddSingleton(typeof(EventMeasures), type);
        }
    }

    /// <summary>Each consumer's queue (as MassTransit names it with the same formatter) with MassTransit's <c>_error</c> suffix.</summary>
    internal static IReadOnlyList<string> ErrorQueueNames(string serviceName, Assembly? consumersAssembly)
    {
        if (consumersAssembly is null) return [];
        var formatter = EndpointNames(serviceName);
        var consumerName = typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!;
        return [.. consumersAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t))
            .Select(t => (string)consumerName.MakeGenericMethod(t).Invoke(formatter, null)! + "_error")
            .Order(StringComparer.Ordinal)];
    }
}
