using Aspire.Hosting.Testing;
using Npgsql;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Least privilege: each service reaches only its own database as its own roles, can only read and append
/// its audit log, and reaches the broker as its own user; the broker has no guest.
/// </summary>
[Collection(MacptSystemCollection.Name)]
public sealed class CredentialTests(MacptSystem system)
{
    private static readonly string[] Databases = [Macpt.Contracts.ServiceNames.Identity, .. Macpt.Contracts.ServiceNames.Apis];
    private static readonly IReadOnlyList<string> Audited = Macpt.Contracts.ServiceNames.Apis;

    [Fact]
    public async Task The_app_role_can_read_and_append_the_audit_log_but_never_update_delete_or_truncate_it()
    {
        foreach (var service in Audited)
        {
            await using var connection = await system.OpenDatabaseAsync(service);
            await using (var count = new NpgsqlCommand("SELECT count(*) FROM audit_log", connection)) await count.ExecuteScalarAsync();
            foreach (var sql in new[] { "UPDATE audit_log SET actor_id = 'someone-else'", "DELETE FROM audit_log", "TRUNCATE audit_log", "DROP TABLE audit_log", "ALTER TABLE audit_log DISABLE TRIGGER ALL" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{service}: {sql} answered {refused.SqlState}");
            }
        }
    }

    [Fact]
    public async Task Each_services_roles_are_not_superusers_own_no_schema_and_cannot_open_another_services_database()
    {
        foreach (var service in Databases)
        {
            var own = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync($"{service}-db"));
            Assert.Equal($"{service}_app", own.Username);
            await using (var connection = new NpgsqlConnection(own.ConnectionString))
            {
                await connection.OpenAsync();
                await using var super = new NpgsqlCommand("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user", connection);
                Assert.False((bool)(await super.ExecuteScalarAsync())!);
                await using var ddl = new NpgsqlCommand("CREATE TABLE intruder (id int)", connection);
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => ddl.ExecuteNonQueryAsync())).SqlState);
            }
            foreach (var role in new[] { "app", "owner" })
            {
                var credentials = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(role == "app" ? $"{service}-db" : $"{service}-db-owner")) { Pooling = false };
                foreach (var other in Databases.Where(d => d != service).Append("template1"))
                {
                    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(credentials.ConnectionString) { Database = other }.ConnectionString);
                    var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
                    Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
                }
            }
        }
    }

    [Fact]
    public async Task The_broker_refuses_guest_and_each_service_has_its_own_user()
    {
        var broker = new Uri(system.BrokerConnectionString);
        var guest = new RabbitMQ.Client.ConnectionFactory { HostName = broker.Host, Port = broker.Port, UserName = "guest", Password = "guest" };
        var refused = await Assert.ThrowsAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(() => guest.CreateConnectionAsync());
        Assert.IsType<RabbitMQ.Client.Exceptions.AuthenticationFailureException>(refused.InnerException);

        var users = new HashSet<string>();
        foreach (var service in Audited)
        {
            var uri = new Uri(await system.App.GetConnectionStringAsync($"{service}-messaging") ?? throw new InvalidOperationException());
            users.Add(uri.UserInfo.Split(':')[0]);
            await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        }
        Assert.Equal(Audited.Count, users.Count);
        Assert.DoesNotContain("guest", users);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Generated_secrets_are_owner_only_files()
    {
        var secrets = Path.Combine(system.DataDir, "secrets");
        var files = Directory.GetFiles(secrets, "*.password");
        Assert.True(files.Length >= Databases.Length * 2 + Audited.Count + 1);
        Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(secrets));
    }
}
