using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Macpt.AppHost;

internal static class LocalRabbitMq
{
    /// <summary>
    /// RabbitMQ from Debian, called directly (the /usr/sbin wrapper switches user), with its own HOME,
    /// node name, ports and data under the run's data folder, bound to loopback. epmd runs as its own
    /// resource so it stops with the run instead of outliving it as a daemon.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, LocalServerSettings s)
    {
        var home = Path.Combine(s.RabbitDir, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(s.RabbitDir, "log"));
        var config = Path.Combine(s.RabbitDir, "rabbitmq.conf");
        var adminPassword = s.Secret("rabbitmq-" + LocalServerSettings.RabbitAdminUser);
        // A fresh node starts with the generated administrator instead of guest; the file is owner-only.
        File.WriteAllText(config, "");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(config, $"""
            listeners.tcp.default = 127.0.0.1:{s.AmqpPort}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {s.RabbitManagementPort}
            default_user = {LocalServerSettings.RabbitAdminUser}
            default_pass = {adminPassword}
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            log.console = true
            log.console.level = warning
            log.file = false
            """);
        var plugins = Path.Combine(s.RabbitDir, "enabled_plugins");
        File.WriteAllText(plugins, "[rabbitmq_management].");

        var epmdPort = s.EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // RabbitMQ must find epmd listening, or Erlang starts a daemon of its own that outlives the run.
        var epmdHealthKey = "epmd-listening";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdHealthKey, async ct =>
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, s.EpmdPort, ct);
                return HealthCheckResult.Healthy();
            }
            catch (System.Net.Sockets.SocketException)
            {
                return HealthCheckResult.Unhealthy("epmd is not listening yet.");
            }
        });
        var epmd = builder.AddExecutable("epmd", "epmd", s.RabbitDir, "-address", "127.0.0.1", "-port", epmdPort)
            .WithHealthCheck(epmdHealthKey);

        var healthKey = "rabbitmq-accepts-connections";
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            Port = s.AmqpPort,
            UserName = LocalServerSettings.RabbitAdminUser,
            Password = adminPassword,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
        };
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException e) when (e.InnerException is RabbitMQ.Client.Exceptions.AuthenticationFailureException)
            {
                // A data folder from before the generated administrator: make it (with guest), then check again.
                try { await RabbitMqUsers.AdoptAsync(s, ct); }
                catch (Exception adopt) when (adopt is HttpRequestException or InvalidOperationException or TaskCanceledException) { }
                return HealthCheckResult.Unhealthy("RabbitMQ's administrator is being created.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("RabbitMQ is not accepting connections yet.");
            }
        });

        return builder.AddExecutable("rabbitmq", "/usr/lib/rabbitmq/bin/rabbitmq-server", s.RabbitDir)
            .WithEnvironment("HOME", home)
            .WithEnvironment("RABBITMQ_NODENAME", "macpt@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", s.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_DIST_PORT", s.RabbitDistPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(s.RabbitDir, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(s.RabbitDir, "log"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(s.RabbitDir, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", plugins)
            .WithEnvironment("RABBITMQ_CONFIG_FILE", config)
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort)
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WaitFor(epmd)
            .WithHealthCheck(healthKey);
    }
}
