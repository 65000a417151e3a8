using System.Diagnostics;
using System.Text.Json;
using Macpt.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Macpt.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in order, each confirmed by the broker before it is marked
/// sent. Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas share the work and
/// never publish the same row at once. While the broker is down it backs off and keeps the rows.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxState state,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = _options.MinBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                backoff = _options.MinBackoff;
                await CleanUpIfDueAsync(stoppingToken);
                if (published < _options.BatchSize)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogDispatchFailed(logger, e.GetType().Name, backoff.TotalMilliseconds);
                await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Publishes up to one batch; returns how many rows were published.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var rows = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY created_at, id LIMIT {_options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (rows.Count == 0) return 0;

        // The claimed rows are published together, each awaiting its own confirm: one round trip per batch
        // rather than per message. Order between events was never promised (replicas dispatch side by side),
        // and consumers do not rely on it.
        var outcomes = await Task.WhenAll(rows.Select(row => TryPublishAsync(row, ct)));
        var published = 0;
        Exception? failure = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (outcomes[i] is not { } error)
            {
                rows[i].SentAt = time.GetUtcNow();
                published++;
                state.PublishSucceeded();
                continue;
            }
            // Keep what was confirmed; the rest is retried later.
            rows[i].Attempts++;
            state.PublishFailed();
            MessagingTelemetry.PublishFailures.Add(1, new KeyValuePair<string, object?>("message.type", rows[i].MessageType));
            failure ??= error;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (failure is not null) throw new OutboxPublishException(failure);
        return published;
    }

    private async Task<Exception?> TryPublishAsync(OutboxMessage row, CancellationToken ct)
    {
        try
        {
            await PublishAsync(row, ct);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e;
        }
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        var type = ContractTypes.Resolve(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an unknown message type.");
        var message = JsonSerializer.Deserialize(row.Payload, type, ContractJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id.ToString());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(ctx => ctx.MessageId = row.Id), timeout.Token);
        MessagingTelemetry.Published.Add(1, new KeyValuePair<string, object?>("message.type", type.Name));
    }

    private async Task CleanUpIfDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup) return;
        _nextCleanup = now.AddHours(1);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sentBefore = now - _options.KeepSentFor;
        var processedBefore = now - _options.KeepInboxFor;
        await db.Database.ExecuteSqlAsync($"DELETE FROM outbox_messages WHERE sent_at < {sentBefore}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM inbox_messages WHERE processed_at < {processedBefore}", ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed ({ExceptionType}); retrying in {BackoffMs} ms")]
    private static partial void LogDispatchFailed(ILogger logger, string exceptionType, double backoffMs);
}

/// <summary>A publish was not confirmed; the row stays unsent and is retried.</summary>
internal sealed class OutboxPublishException(Exception inner) : Exception("An outbox message could not be published.", inner);
