using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Messaging.Inbox;

/// <summary>
/// Base for a consumer of one message type: <see cref="Inbox.ApplyOnceAsync"/> around <see cref="HandleAsync"/>, under the
/// consumer's class name.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;
    protected TimeProvider Time => time;

    public Task Consume(ConsumeContext<TMessage> context) =>
        Inbox.ApplyOnceAsync(db, time, GetType().Name, context, () => HandleAsync(context.Message, context));

    /// <summary>Apply the message to the service's own state through <see cref="Db"/>; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
