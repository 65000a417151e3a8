using System.Diagnostics;
using Macpt.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Macpt.Persistence;

public static class DatabaseRegistration
{
    /// <summary>
    /// A service's own PostgreSQL database: the DbContext, migrations at start (safe when
    /// replicas start together), a health check, and 503 answers while the database is down.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"The connection string '{connectionName}' is not configured.");
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        // Fail fast while the server is down, so callers get a 503 in seconds rather than a hang.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) csb.Timeout = 5;
        if (!connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase)) csb.CommandTimeout = 30;
        var finalConnectionString = csb.ConnectionString;

        var dataSourceBuilder = new NpgsqlDataSourceBuilder(finalConnectionString);
        // Only commands inside a traced operation become spans: background polling would bury them.
        dataSourceBuilder.ConfigureTracing(t => t.ConfigureCommandFilter(_ => Activity.Current is not null));
        var dataSource = dataSourceBuilder.Build();
        builder.Services.AddSingleton(new ServiceDataSource<TContext>(dataSource));

        builder.Services.AddDbContext<TContext>(o => o
            .UseNpgsql(dataSource)
            .UseSnakeCaseNamingConvention());

        // Migrations run as the database's owner role; the service itself runs as its app role, which may change
        // rows but not the schema, and may only read and append the audit log (docs/security.md, Credentials).
        var owner = builder.Configuration.GetConnectionString(connectionName + "-owner") is { Length: > 0 } o ? o : finalConnectionString;
        builder.Services.AddSingleton(new DatabaseTarget<TContext>(owner, finalConnectionString));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"{connectionName}-database", tags: ["ready"]);
        builder.Services.AddSingleton<IProblemMapper, DatabaseUnavailableProblemMapper>();
        builder.Services.AddSingleton<IProblemMapper, ConcurrencyConflictProblemMapper>();
        builder.Services.AddSingleton<IProblemMapper, UnstorableTextProblemMapper>();
        return builder;
    }
}

/// <summary>
/// The connection strings a context was registered with, for the migrator: the owner's (migrates) and the
/// app's (what the service runs as, granted its rights after each migration). The same when only one is given.
/// </summary>
public sealed record DatabaseTarget<TContext>(string ConnectionString, string AppConnectionString) where TContext : DbContext;

/// <summary>The service's pooled data source, disposed with the host.</summary>
public sealed class ServiceDataSource<TContext>(NpgsqlDataSource dataSource) : IAsyncDisposable where TContext : DbContext
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
