using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Messaging.Inbox;

/// <summary>
/// Base for every consumer: the inbox row and the consumer's changes (and any events it adds to
/// the outbox) commit in one transaction, so a message is applied once however often it arrives.
/// A concurrent duplicate waits on the inbox row's key and then finds it taken.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;
    protected TimeProvider Time => time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a message id cannot be applied exactly once.");
        var consumer = GetType().Name;
        var ct = context.CancellationToken;

        db.ChangeTracker.Clear(); // a retry starts from what is in the database
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
            ct);
        if (claimed == 0)
        {
            MessagingTelemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
            return;
        }

        await HandleAsync(context.Message, context);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        MessagingTelemetry.Applied.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
    }

    /// <summary>Apply the message to the service's own state through <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
