using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Messaging.Inbox;

/// <summary>
/// The one way a message is applied: the inbox row and the consumer's changes (and any events it adds to the outbox)
/// commit in one transaction, so a message is applied once however often it arrives. A concurrent duplicate waits on
/// the inbox row's key and then finds it taken.
/// </summary>
public static class Inbox
{
    /// <param name="consumer">The inbox row's consumer (with the message id, its key) and the tag of the consumer's measures.</param>
    /// <param name="handle">Applies the message through <paramref name="db"/>; it does not call SaveChanges.</param>
    public static async Task ApplyOnceAsync<TMessage, TContext>(TContext db, TimeProvider time, string consumer, ConsumeContext<TMessage> context, Func<Task> handle)
        where TMessage : class
        where TContext : DbContext
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a message id cannot be applied exactly once.");
        var ct = context.CancellationToken;
        CountRedelivery(context, consumer);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            db.ChangeTracker.Clear(); // a retry starts from what is in the database
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                ct);
            if (claimed == 0)
            {
                outcome = "duplicate";
                MessagingTelemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
                return;
            }

            await handle();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            outcome = "applied";
            MessagingTelemetry.Applied.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
        }
        finally
        {
            MessagingTelemetry.ProcessingTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("consumer", consumer), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>A retry (MassTransit's retry filter) or a redelivery (MassTransit's, or the broker's after a lost ack) is counted per consumer.</summary>
    private static void CountRedelivery<TMessage>(ConsumeContext<TMessage> context, string consumer) where TMessage : class
    {
        var kind = context.GetRetryAttempt() > 0 ? "retry"
            : context.GetRedeliveryCount() > 0 || context.ReceiveContext.Redelivered ? "redelivery"
            : null;
        if (kind is null) return;
        MessagingTelemetry.Redelivered.Add(1, new KeyValuePair<string, object?>("consumer", consumer), new KeyValuePair<string, object?>("kind", kind));
    }
}
