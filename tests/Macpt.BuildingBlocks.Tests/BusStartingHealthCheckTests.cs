using Macpt.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Macpt.BuildingBlocks.Tests;

public sealed class BusStartingHealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
    private readonly Lifetime _lifetime = new();
    private readonly Broker _broker = new();

    private Task<HealthCheckResult> ProbeAsync(BusStart start) =>
        new BusStartingHealthCheck(_broker, start, _time).CheckHealthAsync(new HealthCheckContext());

    /// <summary>Moves the clock on in the check's own 250 ms steps, letting it look again after each.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromMilliseconds(250))
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }
    }

    /// <summary>The probe's answer, moving the clock on until it comes (its next look may be registered just after a move).</summary>
    private async Task<HealthCheckResult> AnswerAsync(Task<HealthCheckResult> probe)
    {
        for (var i = 0; i < 40 && !probe.IsCompleted; i++) await AdvanceAsync(TimeSpan.FromMilliseconds(250));
        return await probe.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task While_the_host_is_still_starting_the_probe_waits_however_long_the_migrations_take_and_answers_healthy_once_the_bus_is()
    {
        var probe = ProbeAsync(new BusStart(_time, _lifetime));
        await AdvanceAsync(TimeSpan.FromMinutes(3));
        Assert.False(probe.IsCompleted);
        _lifetime.Start();
        await AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.False(probe.IsCompleted);
        _broker.Status = HealthStatus.Healthy;
        Assert.Equal(HealthStatus.Healthy, (await AnswerAsync(probe)).Status);
    }

    [Fact]
    public async Task A_bus_not_ready_within_the_grace_after_the_host_started_is_reported_unhealthy()
    {
        var probe = ProbeAsync(new BusStart(_time, _lifetime));
        _lifetime.Start();
        await AdvanceAsync(BusStartingHealthCheck.Grace - TimeSpan.FromSeconds(1));
        Assert.False(probe.IsCompleted);
        await AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(HealthStatus.Unhealthy, (await AnswerAsync(probe)).Status);
    }

    [Fact]
    public async Task Once_the_bus_has_been_ready_an_outage_is_reported_at_once()
    {
        var start = new BusStart(_time, _lifetime);
        _lifetime.Start();
        _broker.Status = HealthStatus.Healthy;
        Assert.Equal(HealthStatus.Healthy, (await ProbeAsync(start)).Status);
        _broker.Status = HealthStatus.Unhealthy;
        var outage = ProbeAsync(start);
        Assert.True(outage.IsCompleted);
        Assert.Equal(HealthStatus.Unhealthy, (await outage).Status);
    }

    private sealed class Broker : IHealthCheck
    {
        public volatile HealthStatus Status = HealthStatus.Unhealthy;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(new HealthCheckResult(Status, Status == HealthStatus.Healthy ? "Ready" : "Not ready: not started"));
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();
        public CancellationToken ApplicationStarted => _started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void Start() => _started.Cancel();
        public void StopApplication() { }
    }
}
