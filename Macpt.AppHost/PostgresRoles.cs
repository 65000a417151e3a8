using Npgsql;

namespace Macpt.AppHost;

/// <summary>
/// The superuser's one job after PostgreSQL is up and before any service starts: for each service (and the
/// identity service) two login roles, neither superuser nor able to create databases or roles:
/// <c>&lt;service&gt;_owner</c> owns the service's database and runs its migrations; <c>&lt;service&gt;_app</c> is
/// what the service runs as (rows, not schema; the audit log read and appended only, granted by the migrator).
/// Nobody else may connect to a service's database; only the owners reach the maintenance database (where the
/// migration lock is held). Idempotent, and it adopts databases and tables an older run made as postgres.
/// </summary>
internal static class PostgresRoles
{
    public static async Task EnsureAsync(LocalServerSettings s, IEnumerable<string> databases, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = s.PostgresPort,
            Database = "postgres",
            Username = "postgres",
            Password = s.PostgresPassword,
            Pooling = false,
            Timeout = 5,
        };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        var owners = new List<string>();
        foreach (var database in databases)
        {
            var owner = LocalServerSettings.DatabaseRole(database, "owner");
            var app = LocalServerSettings.DatabaseRole(database, "app");
            owners.Add(owner);
            await EnsureRoleAsync(connection, owner, s.Secret(owner), ct);
            await EnsureRoleAsync(connection, app, s.Secret(app), ct);
            if (await ScalarAsync(connection, "SELECT 1 FROM pg_database WHERE datname = @n", database, ct) is null)
            {
                await ExecuteAsync(connection, $"CREATE DATABASE {Quote(database)} OWNER {Quote(owner)}", ct);
            }
            await ExecuteAsync(connection, $"""
                ALTER DATABASE {Quote(database)} OWNER TO {Quote(owner)};
                REVOKE ALL ON DATABASE {Quote(database)} FROM PUBLIC;
                GRANT CONNECT, TEMPORARY ON DATABASE {Quote(database)} TO {Quote(app)};
                """, ct);
            await AdoptTablesAsync(admin, database, owner, ct);
        }
        await ExecuteAsync(connection, "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC; REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;", ct);
        foreach (var owner in owners) await ExecuteAsync(connection, $"GRANT CONNECT ON DATABASE postgres TO {Quote(owner)}", ct);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string password, CancellationToken ct)
    {
        var verb = await ScalarAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = @n", role, ct) is null ? "CREATE" : "ALTER";
        // The password is generated hex, so it cannot break out of the literal; statements are not logged.
        await ExecuteAsync(connection, $"{verb} ROLE {Quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{password}'", ct);
    }

    /// <summary>Tables a run before these roles existed created as postgres become the owner's.</summary>
    private static async Task AdoptTablesAsync(NpgsqlConnectionStringBuilder admin, string database, string owner, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, $"""
            DO $$ DECLARE t record; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '{owner}' LOOP
                EXECUTE format('ALTER TABLE public.%I OWNER TO %I', t.tablename, '{owner}');
              END LOOP;
              FOR t IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner <> '{owner}' LOOP
                EXECUTE format('ALTER SEQUENCE public.%I OWNER TO %I', t.sequencename, '{owner}');
              END LOOP;
            END $$;
            """, ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("n", name);
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
