using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Macpt.Messaging;

/// <summary>
/// Spans and counters of the outbox and inbox. Tags carry message types and consumer names only. The gauges read
/// from the database and the broker (<see cref="Monitoring.MessagingGauges"/>) are on a meter of the same name.
/// </summary>
internal static class MessagingTelemetry
{
    public const string Name = "Macpt.Messaging";
    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("macpt.outbox.published", "{message}", "Outbox rows published and confirmed by the broker");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("macpt.outbox.publish_failures", "{message}", "Outbox publish attempts that failed and will be retried");
    public static readonly Counter<long> Applied = Meter.CreateCounter<long>("macpt.inbox.applied", "{message}", "Messages applied by a consumer");
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("macpt.inbox.duplicates", "{message}", "Redelivered messages skipped by the inbox");
    public static readonly Counter<long> Redelivered = Meter.CreateCounter<long>("macpt.inbox.redelivered", "{message}",
        "Consumes of a message that was retried (kind=retry) or redelivered (kind=redelivery: by MassTransit, or by the broker after a lost acknowledgement)");
    public static readonly Histogram<double> ProcessingTime = Meter.CreateHistogram<double>("macpt.inbox.processing.duration", "s",
        "Time a consumer took over one message, from the inbox claim to the commit (outcome: applied, duplicate, failed)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    public static readonly Counter<long> MeasureFailures = Meter.CreateCounter<long>("macpt.measures.failures", "{event}",
        "Committed events a service's statutory measures could not record (a defect in the measure; the change itself stands)");
}
