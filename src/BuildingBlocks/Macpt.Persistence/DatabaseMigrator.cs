using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Macpt.Persistence;

/// <summary>
/// Creates the service's database if missing and applies its migrations before the service takes
/// traffic or consumes messages. Replicas starting together serialise on an advisory lock held in
/// the server's maintenance database, so exactly one creates and migrates while the others wait.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceProvider services,
    DatabaseTarget<TContext> target,
    TimeProvider time,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedService where TContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(90);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (e.IsTransient && time.GetElapsedTime(started) < GiveUpAfter)
            {
                LogRetry(logger, typeof(TContext).Name, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 250 * attempt)), time, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var database = csb.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };

        await using var lockConnection = new NpgsqlConnection(maintenance.ConnectionString);
        await lockConnection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('macpt-migrate:' || @db))", lockConnection))
        {
            take.Parameters.AddWithValue("db", database);
            take.CommandTimeout = 0; // another replica may be migrating: wait for it
            await take.ExecuteNonQueryAsync(ct);
        }

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @db", lockConnection))
        {
            exists.Parameters.AddWithValue("db", database);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", lockConnection);
                await create.ExecuteNonQueryAsync(ct);
                LogCreated(logger, database);
            }
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var ownerConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        db.Database.SetDbConnection(ownerConnection);
        // EF reads the history table before it would create it, and logs the read's failure on a new database as an
        // error (dotnet/efcore#37328): the table is made first, as Migrate itself would make it.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        await db.Database.MigrateAsync(ct);
        await GrantAppRoleAsync(ownerConnection, ct);
        LogMigrated(logger, database, pending);
        // Closing the connection releases the advisory lock.
    }

    /// <summary>
    /// The app role may read and change rows of every table and use its sequences, but only read and append
    /// the audit log; it owns nothing, so it can alter or drop nothing. Granted again after every migration, so
    /// a new table is covered the moment it exists.
    /// </summary>
    private async Task GrantAppRoleAsync(NpgsqlConnection owner, CancellationToken ct)
    {
        var app = new NpgsqlConnectionStringBuilder(target.AppConnectionString).Username;
        if (string.IsNullOrEmpty(app) || app == new NpgsqlConnectionStringBuilder(target.ConnectionString).Username) return;
        var role = QuoteIdentifier(app);
        if (owner.State != System.Data.ConnectionState.Open) await owner.OpenAsync(ct);
        await using var grant = new NpgsqlCommand(
            $"GRANT USAGE ON SCHEMA public TO {role}; " +
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; " +
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}; " +
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"__EFMigrationsHistory\" FROM {role}; " +
            $"DO $$ BEGIN IF to_regclass('public.audit_log') IS NOT NULL THEN " +
            $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM {role}; END IF; END $$;", owner);
        await grant.ExecuteNonQueryAsync(ct);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database for {Context} not reachable yet (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, string context, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created database {Database}")]
    private static partial void LogCreated(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} is up to date ({Pending} migrations applied)")]
    private static partial void LogMigrated(ILogger logger, string database, int pending);
}
