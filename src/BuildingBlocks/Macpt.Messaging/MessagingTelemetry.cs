using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Macpt.Messaging;

/// <summary>Spans and counters of the outbox and inbox. Tags carry message types and ids only.</summary>
internal static class MessagingTelemetry
{
    public const string Name = "Macpt.Messaging";
    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("macpt.outbox.published", description: "Outbox rows published and confirmed by the broker");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("macpt.outbox.publish_failures", description: "Outbox publish attempts that failed and will be retried");
    public static readonly Counter<long> Applied = Meter.CreateCounter<long>("macpt.inbox.applied", description: "Messages applied by a consumer");
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("macpt.inbox.duplicates", description: "Redelivered messages skipped by the inbox");
}
