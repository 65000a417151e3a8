using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// The whole system, started once per test run from the real AppHost: PostgreSQL, RabbitMQ, the
/// five services and the gateway, on free ports and a throw-away data folder, so a test run never
/// collides with a running system or another run.
/// </summary>
public sealed partial class MacptSystem(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>Every service runs as two replicas: migrations, outbox dispatch and consumers must cope.</summary>
    public const int Replicas = 2;
    private static readonly string[] Services = [Macpt.Contracts.ServiceNames.Identity, .. Macpt.Contracts.ServiceNames.Apis];
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "macpt-tests-" + Guid.NewGuid().ToString("N")[..12]);
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");
    /// <summary>
    /// The gateway as the run's duty practitioner (local authority, every MACPT casework role): the caller of
    /// tests about behaviour. Access is tested with the one-role users and the agencies' systems.
    /// </summary>
    public HttpClient Gateway { get; private set; } = null!;
    private readonly Dictionary<Principal, HttpClient> _clients = [];
    /// <summary>Access tokens from the gateway's token endpoint, for the run's development clients and practitioners.</summary>
    public TokenSource Tokens { get; private set; } = null!;
    public string BrokerConnectionString { get; private set; } = "";
    /// <summary>Everything the services exported as OTLP traces, logs and metrics during the run.</summary>
    public TelemetrySink Telemetry { get; } = new();
    public string DataDir => _dataDir;
    /// <summary>The dashboard's telemetry API key, given to the AppHost as scripts/run.sh gives it (<c>Macpt:TelemetryApiKey</c>).</summary>
    public string TelemetryApiKey { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
    /// <summary>The Aspire dashboard of this run, where its resource says it listens (on free ports, beside any running system's 18888).</summary>
    public Uri Dashboard { get; private set; } = null!;
    private Uri _dashboardOtlp = null!;
    /// <summary>The key the dashboard's OTLP endpoint accepts (the AppHost's own, for a relay of what <see cref="Telemetry"/> receives).</summary>
    public (Uri Endpoint, string ApiKey) DashboardOtlp => (_dashboardOtlp,
        App.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["AppHost:OtlpApiKey"] ?? "");

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Generous: on a busy 2-core machine fifteen service processes (reporting's two included) take a while to start.
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        // The dashboard runs as under scripts/run.sh (the testing builder leaves it out unless asked), on ports of its own.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Macpt_AppHost>(
            [$"--Macpt:DataDir={_dataDir}", "--Macpt:GatewayPort=0", $"--Macpt:Replicas={Replicas}", "--Macpt:Testing=true",
             $"--Macpt:TelemetryApiKey={TelemetryApiKey}", $"--ASPNETCORE_URLS=http://localhost:{TelemetrySink.FreePort()}",
             $"--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{TelemetrySink.FreePort()}",
             $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{TelemetrySink.FreePort()}",
             $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{TelemetrySink.FreePort()}", "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true"],
            (options, _) => options.DisableDashboard = false, startup.Token);
        // Every service exports its telemetry to the test's own receiver (quickly, so a test can search it).
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Telemetry.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500")
                .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "500")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "1000");
        }
        _app = await builder.BuildAsync(startup.Token);
        await _app.StartAsync(startup.Token);

        foreach (var service in Services.Append("gateway"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(service, startup.Token);
        }
        // The testing builder puts the dashboard on ports of its own choosing: its resource's URLs say where.
        var dashboard = await _app.ResourceNotifications.WaitForResourceAsync(KnownDashboard.Name, e => e.Snapshot.State?.Text == "Running", startup.Token);
        Uri DashboardUrl(string name) => dashboard.Snapshot.Urls.Where(u => u.Name == name).Select(u => new Uri(new Uri(u.Url).GetLeftPart(UriPartial.Authority))).FirstOrDefault()
            ?? throw new InvalidOperationException($"The dashboard resource has no {name} URL.");
        Dashboard = DashboardUrl("http");
        _dashboardOtlp = DashboardUrl("otlp-http");
        Tokens = new TokenSource(_app.GetEndpoint("gateway", "http"), DevIdentities.Read(_dataDir));
        Gateway = AsUser("duty-0001");
        await WarmUpAsync(startup.Token);
        StartupLogProblems = await LogProblemsAsync(startup.Token);
        diagnostics.OnMessage(new DiagnosticMessage($"Macpt system healthy behind the gateway after {clock.Elapsed.TotalSeconds:0.0} s"));
        // The tests' own broker user, made by the AppHost for a test run (guest does not exist).
        BrokerConnectionString = await _app.GetConnectionStringAsync("test-messaging", startup.Token) ?? throw new InvalidOperationException("No broker.");
    }

    /// <summary>What the services logged at warning level or above while the system started and warmed up, before any test ran.</summary>
    public IReadOnlyList<string> StartupLogProblems { get; private set; } = [];

    /// <summary>
    /// Every console line at warn, fail or crit (the console formatter's level prefixes, after Aspire's timestamp) from every replica of every
    /// project (services, gateway, identity), with the two lines after it (category and message).
    /// </summary>
    private async Task<IReadOnlyList<string>> LogProblemsAsync(CancellationToken ct)
    {
        var logs = App.Services.GetRequiredService<ResourceLoggerService>();
        var problems = new List<string>();
        // The watch begins with every instance's current state (replicas have ids of their own): two seconds gathers them.
        var instances = new SortedSet<string>(StringComparer.Ordinal);
        var read = 0;
        using (var window = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            window.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                await foreach (var e in App.ResourceNotifications.WatchAsync(window.Token))
                {
                    if (e.Resource is ProjectResource) instances.Add(e.ResourceId);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
        }
        foreach (var instance in instances)
        {
            var lines = new List<string>();
            await foreach (var batch in logs.GetAllAsync(instance).WithCancellation(ct)) lines.AddRange(batch.Select(l => AnsiEscape().Replace(l.Content, "")));
            read += lines.Count;
            for (var i = 0; i < lines.Count; i++)
            {
                if (LevelPrefix().IsMatch(lines[i])) problems.Add($"{instance}: {string.Join(" | ", lines.Skip(i).Take(3))}");
            }
        }
        if (instances.Count == 0) problems.Add("No project instance was found to read the logs of.");
        diagnostics.OnMessage(new DiagnosticMessage($"Start-up logs: {read} lines from {instances.Count} instances, {problems.Count} at warn or above"));
        return problems;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial System.Text.RegularExpressions.Regex AnsiEscape();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\d{4}-\d\d-\d\dT\S+\s+)?(warn|fail|crit): ")]
    private static partial System.Text.RegularExpressions.Regex LevelPrefix();

    /// <summary>One read per service replica's API and database before the first test, so no test pays for a cold start.</summary>
    private async Task WarmUpAsync(CancellationToken ct)
    {
        string[] lists = ["/api/referrals", "/api/enquiries/strategy-discussions", "/api/conferences", "/api/familynetworks/requests", "/api/advocacy/offers", "/api/reporting/work"];
        for (var round = 0; round < Replicas * 2; round++)
        {
            await Task.WhenAll(lists.Select(async path =>
            {
                using var response = await Gateway.GetAsync(path, ct);
            }));
        }
    }

    private IBusControl? _bus;
    private readonly SemaphoreSlim _busLock = new(1, 1);

    /// <summary>Publishes straight to the broker, as another service (or a redelivery) would.</summary>
    public async Task PublishAsync<T>(T message, Guid messageId) where T : class
    {
        await EnsureBusAsync();
        await _bus!.Publish(message, ctx => ctx.MessageId = messageId);
    }

    /// <summary>The test-only header that sets "now" for one request (honoured because the fixture runs with Macpt:Testing).</summary>
    public const string TestNowHeader = "X-Macpt-Test-Now";

    /// <summary>The gateway as one agency's system (local-authority: the MASH front door; police, health, education: their portals).</summary>
    public HttpClient ClientFor(string agency) => ClientAs(new Principal.System(Tokens.Identities.ClientOf(agency)));

    /// <summary>The gateway as a signed-in practitioner (one of the run's development users, e.g. lcpp-0001).</summary>
    public HttpClient AsUser(string username) => ClientAs(new Principal.User(username));

    /// <summary>The gateway as any principal, with its bearer token on every request (kept for the run, disposed with it).</summary>
    public HttpClient ClientAs(Principal principal)
    {
        lock (_clients)
        {
            if (_clients.TryGetValue(principal, out var existing)) return existing;
            // Generous: the first requests after start build each replica's EF model and connection pool on a busy 2-core machine.
            var client = new HttpClient(new BearerHandler(Tokens, principal)) { BaseAddress = App.GetEndpoint("gateway", "http"), Timeout = TimeSpan.FromSeconds(90) };
            _clients[principal] = client;
            return client;
        }
    }

    /// <summary>The gateway with no credentials at all.</summary>
    public HttpClient AnonymousClient() => App.CreateHttpClient("gateway");

    /// <summary>
    /// A request through the gateway, optionally at a given "now", with an idempotency key, and as a given agency
    /// (the local authority's duty practitioner unless said otherwise; a partner agency's portal otherwise).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, DateTimeOffset? now = null, string? idempotencyKey = null, string agency = "local-authority")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, options: Macpt.ServiceDefaults.MacptJson.Options);
        if (now is { } n) request.Headers.Add(TestNowHeader, n.ToString("O"));
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await (agency == "local-authority" ? Gateway : ClientFor(agency)).SendAsync(request);
    }

    /// <summary>One service straight, not through the gateway, as the duty practitioner (as <see cref="Gateway"/>): the caller must dispose it.</summary>
    public HttpClient ServiceClient(string service) =>
        new(new BearerHandler(Tokens, new Principal.User("duty-0001"))) { BaseAddress = App.GetEndpoint(service, "http"), Timeout = TimeSpan.FromSeconds(90) };

    /// <summary>One service straight, with no token at all.</summary>
    public HttpClient AnonymousServiceClient(string service) => App.CreateHttpClient(service);

    /// <summary>A connection to one service's own database, for assertions on what is stored.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync(string service)
    {
        var connectionString = await App.GetConnectionStringAsync($"{service}-db") ?? throw new InvalidOperationException($"No database for {service}.");
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// The server's superuser on one database, for the tests' admin helpers only (closing a database, checking roles):
    /// its password is the run's postgres.password; no service has it.
    /// </summary>
    public async Task<string> AdminConnectionStringAsync(string database)
    {
        var anyService = new NpgsqlConnectionStringBuilder(await App.GetConnectionStringAsync("referrals-db"));
        return new NpgsqlConnectionStringBuilder
        {
            Host = anyService.Host,
            Port = anyService.Port,
            Database = database,
            Username = "postgres",
            Password = File.ReadAllText(Path.Combine(_dataDir, "postgres.password")).Trim(),
            Pooling = false,
        }.ConnectionString;
    }

    public async Task<long> CountAsync(string service, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenDatabaseAsync(service);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task StopResourceAsync(string resource)
    {
        var commands = App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);
        Assert.True(result.Success, $"Stopping {resource} failed: {result.Message}");
    }

    public async Task StartResourceAsync(string resource)
    {
        var commands = App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        Assert.True(result.Success, $"Starting {resource} failed: {result.Message}");
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, cts.Token);
    }

    /// <summary>
    /// Closes (or reopens) one service's database to every connection, and ends those open, as if that service's
    /// PostgreSQL had stopped; the other services' databases on the same server carry on.
    /// </summary>
    public async Task SetDatabaseOpenAsync(string service, bool open)
    {
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER DATABASE \"{service}\" WITH ALLOW_CONNECTIONS {(open ? "true" : "false")};" +
            (open ? "" : $" SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{service}' AND pid <> pg_backend_pid();"), connection);
        await command.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>SIGKILLs this run's RabbitMQ (the Erlang VM), then starts it again once Aspire has seen it die.</summary>
    public async Task KillBrokerAsync()
    {
        var killed = 0;
        foreach (var process in System.Diagnostics.Process.GetProcessesByName("beam.smp"))
        {
            if (!File.ReadAllText($"/proc/{process.Id}/cmdline").Contains(_dataDir, StringComparison.Ordinal)) continue;
            process.Kill();
            killed++;
        }
        Assert.Equal(1, killed);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync("rabbitmq", e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
        await StartResourceAsync("rabbitmq");
    }

    /// <summary>
    /// Starts a stopped resource instance (a replica's id, or a resource's name) and waits until it is healthy. Aspire's
    /// start command gives up after its own short timeout on a loaded machine while the start may still go on, so a
    /// failed command is retried only while the instance is still stopped; giving up reports the instance's last log lines.
    /// </summary>
    public async Task RestartInstanceAsync(string resource, string instanceId)
    {
        var commands = App.Services.GetRequiredService<ResourceCommandService>();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var messages = new List<string>();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var result = await commands.ExecuteCommandAsync(instanceId, KnownResourceCommands.StartCommand, cts.Token);
                if (result.Success) break;
                messages.Add($"start {attempt}: {result.Message}");
                using var settle = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
                settle.CancelAfter(TimeSpan.FromSeconds(30));
                try
                {
                    await App.ResourceNotifications.WaitForResourceAsync(resource,
                        e => e.ResourceId == instanceId && e.Snapshot.State?.Text is "Starting" or "Running", settle.Token);
                    break;
                }
                catch (OperationCanceledException) when (!cts.IsCancellationRequested && attempt < 3)
                {
                    // Still stopped: the start did not happen; ask again.
                }
            }
            await App.ResourceNotifications.WaitForResourceAsync(resource,
                e => e.ResourceId == instanceId && e.Snapshot.State?.Text == "Running" && e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, cts.Token);
        }
        catch (OperationCanceledException)
        {
            var log = await ResourceLogAsync(resource);
            throw new Xunit.Sdk.XunitException($"{instanceId} was not running and healthy within 4 minutes ({string.Join("; ", messages)}). Its resource's last log lines:\n" +
                string.Join("\n", log.TakeLast(40)));
        }
    }

    public async Task DisposeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        lock (_clients)
        {
            foreach (var client in _clients.Values) client.Dispose();
        }
        if (_bus is not null) await _bus.StopAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            diagnostics.OnMessage(new DiagnosticMessage($"Macpt system stopped in {clock.Elapsed.TotalSeconds:0.0} s"));
        }
        await Telemetry.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class MacptSystemCollection : ICollectionFixture<MacptSystem>
{
    public const string Name = "The whole Macpt system";
}
