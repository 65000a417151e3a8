using System.Diagnostics;
using System.Text.Json;
using Macpt.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Messaging.Outbox;

internal sealed class Outbox<TContext>(TContext db, TimeProvider time) : IOutbox where TContext : DbContext
{
    public void Add<TEvent>(TEvent @event) where TEvent : class
    {
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            MessageType = ContractTypes.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(@event, ContractJson.Options),
            CreatedAt = time.GetUtcNow(),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
        });
    }
}
