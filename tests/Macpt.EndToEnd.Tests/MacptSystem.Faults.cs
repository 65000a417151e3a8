using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// What the fault and redelivery tests need beyond the API: the broker's own queue and channel figures, a
/// republish of a stored event under its own id, and SIGKILLs of PostgreSQL's postmaster and of the replica
/// that holds a queue's unacknowledged messages.
/// </summary>
public sealed partial class MacptSystem
{
    /// <summary>One queue as the broker counts it (rabbitmqctl list_queues: live, not the management plugin's sampled figures).</summary>
    public sealed record QueueFigures(string Name, long Ready, long Unacknowledged, long Consumers);

    /// <summary>The broker user and password, from the run's connection string.</summary>
    public (string User, string Password) BrokerCredentials
    {
        get
        {
            var user = new Uri(BrokerConnectionString).UserInfo.Split(':', 2);
            return (Uri.UnescapeDataString(user[0]), user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "");
        }
    }

    /// <summary>Every queue of the broker with its ready and unacknowledged messages and its consumers.</summary>
    public async Task<IReadOnlyDictionary<string, QueueFigures>> BrokerQueuesAsync()
    {
        var lines = await RabbitMqCtlAsync("list_queues", "name", "messages_ready", "messages_unacknowledged", "consumers");
        return lines.Select(l => l.Split('\t'))
            .Where(f => f.Length == 4 && long.TryParse(f[1], out _))
            .Select(f => new QueueFigures(f[0], long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), long.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(q => q.Name);
    }

    /// <summary>Unacknowledged messages per client TCP port (each AMQP connection's channels, as the broker counts them).</summary>
    public async Task<IReadOnlyDictionary<int, long>> BrokerUnacknowledgedByClientPortAsync()
    {
        // A channel's name is "127.0.0.1:CLIENTPORT -> 127.0.0.1:AMQPPORT (N)".
        var lines = await RabbitMqCtlAsync("list_channels", "name", "messages_unacknowledged");
        var byPort = new Dictionary<int, long>();
        foreach (var fields in lines.Select(l => l.Split('\t')).Where(f => f.Length == 2))
        {
            var client = fields[0].Split(' ')[0];
            if (!int.TryParse(client[(client.LastIndexOf(':') + 1)..], out var port) || !long.TryParse(fields[1], out var unacked)) continue;
            byPort[port] = byPort.GetValueOrDefault(port) + unacked;
        }
        return byPort;
    }

    /// <summary>Messages ready in every <c>*_error</c> queue (a message there is one the system gave up on).</summary>
    /// <summary>Waits until no service has an unsent outbox row and no consumer queue holds a message, twice in a row.</summary>
    public async Task QuietAsync()
    {
        var quietSamples = 0;
        await Eventually.ReturnsAsync(async () =>
        {
            long unsent = 0;
            foreach (var service in Macpt.Contracts.ServiceNames.Apis) unsent += await CountAsync(service, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");
            var busy = (await BrokerQueuesAsync()).Values
                .Where(q => Macpt.Contracts.ServiceNames.Apis.Any(s => q.Name.StartsWith(s + "-", StringComparison.Ordinal)) && !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
                .Sum(q => q.Ready + q.Unacknowledged);
            quietSamples = unsent + busy == 0 ? quietSamples + 1 : 0;
            return quietSamples;
        }, n => n >= 2, TimeSpan.FromSeconds(90), "every outbox and queue to be empty");
    }

    public async Task<long> ErrorQueueMessagesAsync() =>
        (await BrokerQueuesAsync()).Values.Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Ready + q.Unacknowledged);

    private async Task<IReadOnlyList<string>> RabbitMqCtlAsync(params string[] args)
    {
        var broker = BrokerProcess() ?? throw new InvalidOperationException("RabbitMQ of this run is not running.");
        var environment = File.ReadAllText($"/proc/{broker.Id}/environ").Split('\0')
            .Select(e => e.Split('=', 2)).Where(e => e.Length == 2).ToDictionary(e => e[0], e => e[1]);
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var name in new[] { "HOME", "RABBITMQ_NODENAME", "ERL_EPMD_ADDRESS", "ERL_EPMD_PORT" })
        {
            if (environment.TryGetValue(name, out var value)) start.Environment[name] = value;
        }
        foreach (var arg in new[] { "-q", "-n", environment.GetValueOrDefault("RABBITMQ_NODENAME", "macpt@localhost") }.Concat(args).Append("--no-table-headers"))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed ({process.ExitCode}): {await error}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private Process? BrokerProcess() =>
        Process.GetProcessesByName("beam.smp").FirstOrDefault(p =>
        {
            try { return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains(_dataDir, StringComparison.Ordinal); }
            catch (IOException) { return false; }
        });

    /// <summary>
    /// Publishes a stored event again under its own message id, straight to the broker: what a redelivery (or a
    /// publish repeated after a lost confirm) looks like to every consumer of that event.
    /// </summary>
    public async Task RepublishAsync(object message, Type messageType, Guid messageId)
    {
        await EnsureBusAsync();
        await _bus!.Publish(message, messageType, ctx => ctx.MessageId = messageId);
    }

    private async Task EnsureBusAsync()
    {
        await _busLock.WaitAsync();
        try
        {
            if (_bus is not null) return;
            var uri = new Uri(BrokerConnectionString);
            var (user, password) = BrokerCredentials;
            _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri.Host, (ushort)uri.Port, "/", h =>
            {
                h.Username(user);
                h.Password(password);
            }));
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _bus.StartAsync(cts.Token);
        }
        finally
        {
            _busLock.Release();
        }
    }

    /// <summary>The processes of this run's replicas of one service (found by their own database connection string).</summary>
    public async Task<IReadOnlyList<Process>> ReplicaProcessesAsync(string service)
    {
        var connectionString = await App.GetConnectionStringAsync($"{service}-db");
        var marker = $"ConnectionStrings__{service}={connectionString}";
        return Process.GetProcesses()
            .Where(p => p.ProcessName.StartsWith("Macpt.", StringComparison.Ordinal))
            .Where(p =>
            {
                try { return File.ReadAllText($"/proc/{p.Id}/environ").Split('\0').Contains(marker); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })
            .ToList();
    }

    /// <summary>
    /// SIGSTOPs every replica of a service at once (whatever each was doing, it does nothing more) until the returned
    /// handle is disposed, which SIGCONTs them.
    /// </summary>
    public async Task<IAsyncDisposable> FreezeReplicasAsync(string service)
    {
        var replicas = await ReplicaProcessesAsync(service);
        if (replicas.Count == 0) throw new InvalidOperationException($"No running {service} replica of this run.");
        foreach (var replica in replicas) await SignalAsync(replica.Id, "STOP");
        return new Thaw(replicas);
    }

    private sealed class Thaw(IReadOnlyList<Process> replicas) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var replica in replicas) await SignalAsync(replica.Id, "CONT");
        }
    }

    /// <summary>The local ports of a process's TCP connections to the broker (from ss, which names the owning pid).</summary>
    private async Task<IReadOnlyList<int>> BrokerClientPortsAsync(int pid)
    {
        var amqpPort = new Uri(BrokerConnectionString).Port;
        var start = new ProcessStartInfo("ss", "-tnpH state established") { RedirectStandardOutput = true };
        using var ss = Process.Start(start) ?? throw new InvalidOperationException("ss did not start.");
        var output = await ss.StandardOutput.ReadToEndAsync();
        await ss.WaitForExitAsync();
        // Recv-Q Send-Q Local:Port Peer:Port users:(("name",pid=N,fd=M))
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 5 && f[3].EndsWith($":{amqpPort}", StringComparison.Ordinal) && f[4].Contains($"pid={pid},", StringComparison.Ordinal))
            .Select(f => int.Parse(f[2][(f[2].LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>
    /// Freezes (SIGSTOP) one replica of <paramref name="service"/> that has broker connections and waits until the broker
    /// counts at least one unacknowledged message on that process's own channels: the messages it was given and has
    /// neither acknowledged nor finished, which stay put while it is frozen, so the figure read is the figure at the
    /// next signal. Returns the process and that figure.
    /// </summary>
    public async Task<(Process Replica, long HeldUnacknowledged)> FreezeReplicaHoldingMessagesAsync(string service, TimeSpan within)
    {
        Process? victim = null;
        IReadOnlyList<int> ports = [];
        foreach (var replica in await ReplicaProcessesAsync(service))
        {
            ports = await BrokerClientPortsAsync(replica.Id);
            if (ports.Count > 0)
            {
                victim = replica;
                break;
            }
        }
        if (victim is null) throw new InvalidOperationException($"No {service} replica is connected to the broker.");
        await SignalAsync(victim.Id, "STOP");
        var clock = Stopwatch.StartNew();
        long held = 0;
        while (clock.Elapsed < within)
        {
            var byPort = await BrokerUnacknowledgedByClientPortAsync();
            held = ports.Sum(p => byPort.GetValueOrDefault(p));
            if (held > 0) return (victim, held);
            await Task.Delay(200);
        }
        await SignalAsync(victim.Id, "CONT");
        throw new Xunit.Sdk.XunitException($"The frozen {service} replica was given no message within {within.TotalSeconds:0} s.");
    }

    /// <summary>Sends a signal (STOP, CONT, KILL) to one process.</summary>
    public static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}") ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {pid} failed.");
    }

    /// <summary>SIGKILLs one replica process of <paramref name="service"/> (frozen or not) and returns its instance id once Aspire has seen it exit.</summary>
    public async Task<string> KillReplicaProcessAsync(string service, Process replica)
    {
        replica.Kill(); // SIGKILL: no ack, no nack, no rollback but the server's own
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stopped = await App.ResourceNotifications.WaitForResourceAsync(service,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
        return stopped.ResourceId;
    }

    /// <summary>SIGSTOPs this run's RabbitMQ: connections stay open, nothing is answered (publishes wait for their confirms).</summary>
    public Task FreezeBrokerAsync() => SignalAsync((BrokerProcess() ?? throw new InvalidOperationException("RabbitMQ of this run is not running.")).Id, "STOP");

    /// <summary>SIGCONTs a frozen RabbitMQ.</summary>
    public Task ThawBrokerAsync() => SignalAsync((BrokerProcess() ?? throw new InvalidOperationException("RabbitMQ of this run is not running.")).Id, "CONT");

    /// <summary>SIGKILLs this run's RabbitMQ (frozen or not) and waits until Aspire has seen it die; start it again with <see cref="StartResourceAsync"/>.</summary>
    public async Task KillBrokerOnlyAsync()
    {
        var broker = BrokerProcess() ?? throw new InvalidOperationException("RabbitMQ of this run is not running.");
        broker.Kill();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await App.ResourceNotifications.WaitForResourceAsync("rabbitmq", e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
    }

    /// <summary>
    /// SIGKILLs this run's PostgreSQL postmaster (no shutdown checkpoint, backends orphaned), waits until its backends
    /// have noticed and gone, then starts the server again (it recovers from its WAL) and waits until it is healthy.
    /// Returns how long PostgreSQL was unavailable and how many server processes (backends and workers) the kill orphaned.
    /// </summary>
    public async Task<(TimeSpan Down, int Orphaned)> KillPostgresAsync()
    {
        var clock = Stopwatch.StartNew();
        var cluster = Path.Combine(_dataDir, "postgres");
        // The postmaster's own record of its pid (a backend forked a moment ago still shows the postmaster's command line).
        var postmaster = Process.GetProcessById(int.Parse(File.ReadLines(Path.Combine(cluster, "postmaster.pid")).First().Trim(), System.Globalization.CultureInfo.InvariantCulture));
        // Backends retitle themselves ("postgres: user db host"), so they are found by their parent, not their name.
        var backends = Directory.GetDirectories("/proc").Select(Path.GetFileName).OfType<string>()
            .Select(d => int.TryParse(d, out var pid) ? pid : 0).Where(pid => pid > 0 && ParentOf(pid) == postmaster.Id).ToList();
        postmaster.Kill();
        using (var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await App.ResourceNotifications.WaitForResourceAsync("postgres", e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
        }
        // A backend still attached to the old shared memory would stop the new postmaster from starting.
        await Eventually.ReturnsAsync(() => Task.FromResult(backends.Count(id => File.Exists($"/proc/{id}/stat"))), n => n == 0,
            TimeSpan.FromSeconds(60), "the orphaned PostgreSQL backends to exit");
        await StartResourceAsync("postgres");
        Npgsql.NpgsqlConnection.ClearAllPools(); // the test's own pooled connections died with the server
        return (clock.Elapsed, backends.Count);
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>Every console line a resource (postgres, rabbitmq, a service) has written so far, as the dashboard shows them.</summary>
    public async Task<IReadOnlyList<string>> ResourceLogAsync(string resource)
    {
        var logs = App.Services.GetRequiredService<ResourceLoggerService>();
        var lines = new List<string>();
        foreach (var instance in App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(r => r.Name == resource))
        {
            await foreach (var batch in logs.GetAllAsync(instance)) lines.AddRange(batch.Select(l => l.Content));
        }
        return lines;
    }
}
