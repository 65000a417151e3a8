using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;

namespace Macpt.Messaging.Monitoring;

/// <summary>
/// The observable gauges of the messaging machinery (meter <c>Macpt.Messaging</c>): the outbox backlog and the
/// error-queue depths. Created when the host starts so they exist from the first export.
/// </summary>
internal sealed class MessagingGauges(IMeterFactory meters, IOutboxBacklog backlog, ErrorQueueDepth errorQueues) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(MessagingTelemetry.Name);
        meter.CreateObservableGauge("macpt.outbox.waiting", () => backlog.Waiting, "{message}",
            "Unsent rows in the service's outbox (one table for all replicas: every replica reports the same figure)");
        meter.CreateObservableGauge("macpt.outbox.oldest_age", () => backlog.OldestAgeSeconds, "s",
            "Age of the oldest unsent outbox row (0 when none waits)");
        meter.CreateObservableGauge("macpt.error_queue.messages", ReadErrorQueues, "{message}",
            "Messages in each of the service's <queue>_error queues (a missing queue is 0)");
        return Task.CompletedTask;
    }

    private IEnumerable<Measurement<long>> ReadErrorQueues() =>
        errorQueues.Current.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key)));

    // The meter belongs to the factory, which disposes it with the host.
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
