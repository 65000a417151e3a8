using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Macpt.Contracts;
using Macpt.Messaging.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Macpt.Messaging.Outbox;

/// <summary>
/// After every commit (explicit transaction or plain SaveChanges): signals the dispatcher, and records the committed
/// outbox rows' events in the service's <see cref="EventMeasures"/>. Rows saved by a plain SaveChanges are recorded once it
/// has saved (EF committed its own transaction); rows saved inside an explicit transaction wait, keyed to that transaction,
/// for its commit. A failed save, a rollback, a failed commit or a transaction abandoned undisposed (a consumer's retry
/// starts a new one) leaves them uncounted.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, IEnumerable<EventMeasures> measures) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly EventMeasures[] _measures = [.. measures];
    /// <summary>Outbox rows of the save under way in each context (a context is used by one flow at a time).</summary>
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _saving = [];
    /// <summary>Outbox rows saved inside an explicit transaction, waiting for it to commit.</summary>
    private readonly ConditionalWeakTable<DbTransaction, List<OutboxMessage>> _uncommitted = [];

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
        if (eventData.Context is not { } context) return result;
        var rows = Take(context);
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            if (rows.Count > 0) _uncommitted.GetValue(transaction, _ => []).AddRange(rows);
            return result;
        }
        signal.Notify();
        Record(rows);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) Take(context);
    }

    // Npgsql reuses a connection's transaction object: one that starts holds nothing yet, whatever an abandoned one left.
    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(result);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _uncommitted.Remove(result);
        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        signal.Notify();
        if (_uncommitted.TryGetValue(transaction, out var rows))
        {
            _uncommitted.Remove(transaction);
            Record(rows);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _uncommitted.Remove(transaction);

    private void Capture(DbContext? context)
    {
        if (context is null || _measures.Length == 0) return;
        var rows = context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (rows.Count > 0) _saving.AddOrUpdate(context, rows);
        else _saving.Remove(context);
    }

    private List<OutboxMessage> Take(DbContext context)
    {
        if (!_saving.TryGetValue(context, out var rows)) return [];
        _saving.Remove(context);
        return rows;
    }

    private void Record(List<OutboxMessage> rows)
    {
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
        var @event = JsonSerializer.Deserialize(row.Payload, type, ContractJson.Options);
        if (@event is null) return;
        foreach (var m in _measures) m.Record(@event);
    }
}
