using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Macpt.AppHost;

internal static class LocalPostgres
{
    /// <summary>
    /// PostgreSQL 15 from Debian, as two executables: a one-off initdb, then the server. As root the
    /// server runs as the postgres user through setpriv (PostgreSQL refuses root); setpriv execs, so
    /// the server receives Aspire's stop signal itself.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, LocalServerSettings s)
    {
        var init = builder.AddExecutable("postgres-init", "bash", s.RepoRoot,
            "scripts/servers/postgres-init.sh", s.PostgresBin, s.PostgresCluster, s.PostgresPasswordFile);

        string[] serverArgs =
        [
            "-D", s.PostgresCluster,
            "-p", s.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-h", "127.0.0.1",
            "-k", s.PostgresCluster,
            "-c", "max_connections=300",
            "-c", "shared_buffers=256MB",
            // Server logs reach the dashboard: no statements and no DETAIL lines (a unique violation's
            // DETAIL quotes the key, which can be personal data).
            "-c", "log_error_verbosity=terse",
            "-c", "log_min_error_statement=panic",
            "-c", "log_min_messages=warning",
        ];
        var runAsRoot = Environment.UserName == "root";
        var server = runAsRoot
            ? builder.AddExecutable("postgres", "setpriv", s.DataDir,
                ["--reuid=postgres", "--regid=postgres", "--init-groups", Path.Combine(s.PostgresBin, "postgres"), .. serverArgs])
            : builder.AddExecutable("postgres", Path.Combine(s.PostgresBin, "postgres"), s.DataDir, serverArgs);

        var healthKey = "postgres-accepts-connections";
        var connectionString = $"Host=127.0.0.1;Port={s.PostgresPort};Database=postgres;Username=postgres;Password={s.PostgresPassword};Timeout=3;Pooling=false";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL is not accepting connections yet.");
            }
        });

        return server.WaitForCompletion(init).WithHealthCheck(healthKey);
    }
}
