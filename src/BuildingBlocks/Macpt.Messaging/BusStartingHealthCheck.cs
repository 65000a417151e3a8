using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Macpt.Messaging;

/// <summary>
/// MassTransit's receive-endpoint check (<c>broker-endpoints</c>) while the bus is still starting. The bus starts after
/// the host (<c>WaitUntilStarted = false</c>, so the API answers while the broker is down), and the first health probe
/// arrives before it has: MassTransit answers "not started", which the health service logs as an error at every start.
/// Until the bus has once been ready, and for at most <see cref="Grace"/> after the process started, the check waits
/// for it instead of failing; after that, or once the bus has been ready, every answer is MassTransit's own.
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
                start.Started = true;
                return result;
            }
            if (start.Started || time.GetUtcNow() - start.ProcessStarted >= Grace) return result;
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }
    }
}

/// <summary>Whether this process's bus has been ready once (shared by every run of <see cref="BusStartingHealthCheck"/>).</summary>
internal sealed class BusStart(TimeProvider time)
{
    public DateTimeOffset ProcessStarted { get; } = time.GetUtcNow();
    public volatile bool Started;
}
