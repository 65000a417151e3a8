using Macpt.Contracts.Referrals;
using Macpt.Messaging;
using Macpt.Messaging.Measures;
using Macpt.Messaging.Monitoring;
using MassTransit;

namespace Macpt.BuildingBlocks.Tests;

/// <summary>The shared pieces of the telemetry: the timeliness tag, the error queues a service watches, the cached gauge readings.</summary>
public sealed class MessagingTelemetryTests
{
    [Theory]
    [InlineData("2026-11-26", "2026-11-26", "on-time")]
    [InlineData("2026-11-25", "2026-11-26", "on-time")]
    [InlineData("2026-11-27", "2026-11-26", "late")]
    [InlineData("2026-11-27", null, "unknown")]
    public void Timeliness_compares_the_day_done_with_the_day_due(string done, string? due, string expected) =>
        Assert.Equal(expected, Timeliness.Of(D(done), due is null ? null : D(due)));

    [Fact]
    public void The_error_queues_watched_are_each_consumers_queue_as_masstransit_names_it()
    {
        var queues = MessagingRegistration.ErrorQueueNames("enquiries", typeof(MessagingTelemetryTests).Assembly);

        Assert.Equal(["enquiries-referral-decided_error"], queues);
    }

    [Fact]
    public async Task A_cached_reading_asks_its_source_at_most_once_per_interval_and_keeps_the_last_value_when_it_fails()
    {
        var clock = new ManualClock();
        var reads = 0;
        var fail = false;
        var reading = new CachedReading<int>(_ => fail ? throw new TimeoutException() : Task.FromResult(++reads), 0, TimeSpan.FromSeconds(5), clock);

        Assert.Equal(0, reading.Current); // answers at once; the first read starts in the background
        await Eventually(() => reading.Current == 1);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, reading.Current);
        await Task.Delay(50);
        Assert.Equal(1, reads); // still fresh: not asked again

        clock.Advance(TimeSpan.FromSeconds(2));
        _ = reading.Current;
        await Eventually(() => reading.Current == 2);

        fail = true;
        clock.Advance(TimeSpan.FromSeconds(6));
        await reading.RefreshAsync();
        Assert.Equal(2, reading.Current); // the source failed: the last reading stands
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}

/// <summary>A consumer as a service declares one, for the queue-name test.</summary>
internal sealed class ReferralDecidedConsumer : IConsumer<ReferralDecided>
{
    public Task Consume(ConsumeContext<ReferralDecided> context) => Task.CompletedTask;
}
