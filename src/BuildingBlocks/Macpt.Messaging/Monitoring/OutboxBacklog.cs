using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Macpt.Messaging.Monitoring;

/// <summary>The service's unsent outbox rows: how many, and when the oldest was written (the table is shared by every replica).</summary>
internal sealed class OutboxBacklog<TContext> : IOutboxBacklog where TContext : DbContext
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly CachedReading<(long Waiting, DateTimeOffset? Oldest)> _reading;

    public OutboxBacklog(IServiceScopeFactory scopes, TimeProvider time)
    {
        _scopes = scopes;
        _time = time;
        _reading = new(ReadAsync, (0, null), MaxAge, time);
    }

    public long Waiting => _reading.Current.Waiting;

    /// <summary>Seconds since the oldest unsent row was written; 0 when none waits.</summary>
    public double OldestAgeSeconds =>
        _reading.Current.Oldest is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;

    private async Task<(long, DateTimeOffset?)> ReadAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // One statement over the partial index of unsent rows (ix_outbox_messages_unsent).
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), min(created_at) FROM outbox_messages WHERE sent_at IS NULL";
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

internal interface IOutboxBacklog
{
    long Waiting { get; }
    double OldestAgeSeconds { get; }
}
