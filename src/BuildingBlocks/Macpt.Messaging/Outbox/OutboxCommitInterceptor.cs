using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Macpt.Contracts;
using Macpt.Messaging.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Macpt.Messaging.Outbox;

/// <summary>
/// After every commit (explicit transaction or plain SaveChanges): signals the dispatcher, and records the committed
/// outbox rows' events in the service's <see cref="EventMeasures"/>. Rows saved inside a transaction wait for its
/// commit; a rollback, a failed save or a transaction abandoned for a new one (a consumer's retry) drops them uncounted.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, IEnumerable<EventMeasures> measures) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly EventMeasures[] _measures = [.. measures];
    /// <summary>Outbox rows saved by each context and not yet committed (a context is used by one flow at a time).</summary>
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) Committed(context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        // Outside a transaction nothing was stored; inside one the transaction will not commit what failed.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) _pending.Remove(context);
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Committed(context);
        else signal.Notify();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private void Capture(DbContext? context)
    {
        if (context is null || _measures.Length == 0) return;
        List<OutboxMessage>? pending = null;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State != EntityState.Added) continue;
            pending ??= _pending.GetValue(context, _ => []);
            // A save retried after a failure inside the same transaction sees the same rows again.
            if (!pending.Contains(entry.Entity)) pending.Add(entry.Entity);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

    private void Committed(DbContext context)
    {
        signal.Notify();
        if (!_pending.TryGetValue(context, out var rows)) return;
        _pending.Remove(context);
        foreach (var row in rows)
        {
            // The change is committed whatever happens here: a measure that fails is counted, never thrown to the caller.
            try { Record(row); }
            catch (Exception e) when (e is JsonException or InvalidCastException or ArgumentException or InvalidOperationException or NullReferenceException)
            {
                MessagingTelemetry.MeasureFailures.Add(1, new KeyValuePair<string, object?>("message.type", row.MessageType));
            }
        }
    }

    private void Record(OutboxMessage row)
    {
        // The row as it will be published: its stored type name and payload (ids, dates and codes only).
        if (ContractTypes.Resolve(row.MessageType) is not { } type) return;
        if (!_measures.Any(m => m.Measured.Contains(type))) return;
        var @event = JsonSerializer.Deserialize(row.Payload, type, MessagingJson.Options);
        if (@event is null) return;
        foreach (var m in _measures) m.Record(@event);
    }
}
