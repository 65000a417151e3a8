using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Macpt.Messaging;

/// <summary>
/// MassTransit's receive-endpoint check (<c>broker-endpoints</c>) while the bus is still starting. The bus starts after
/// the database migrations, with the host (<c>WaitUntilStarted = false</c>, so the API answers while the broker is down),
/// and the first health probes arrive before it has: MassTransit answers "not started", which the health service logs as
/// an error at every start. Until the bus has once been ready, the check waits for it instead of failing: while the host
/// is still starting (migrations run first, and take a minute when a whole system starts on two cores), and for at most
/// <see cref="Grace"/> after it has started. After that, or once the bus has been ready, every answer is MassTransit's own.
/// </summary>
internal sealed class BusStartingHealthCheck(IHealthCheck inner, BusStart start, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    public const string Name = "broker-endpoints";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await inner.CheckHealthAsync(context, cancellationToken);
            if (result.Status == HealthStatus.Healthy)
            {
                start.Ready = true;
                return result;
            }
            if (start.Ready || start.HostStarted is { } started && time.GetUtcNow() - started >= Grace) return result;
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }
    }
}

/// <summary>When this process's host finished starting, and whether its bus has been ready once (shared by every run of <see cref="BusStartingHealthCheck"/>).</summary>
internal sealed class BusStart
{
    private long _hostStartedTicks;
    private volatile bool _ready;

    public BusStart(TimeProvider time, IHostApplicationLifetime lifetime) =>
        // Runs at once if the host had already started when the first probe created this.
        lifetime.ApplicationStarted.Register(() => Interlocked.Exchange(ref _hostStartedTicks, time.GetUtcNow().UtcTicks));

    public DateTimeOffset? HostStarted => Interlocked.Read(ref _hostStartedTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public bool Ready
    {
        get => _ready;
        set => _ready = value;
    }
}
