namespace Macpt.Messaging.Monitoring;

/// <summary>
/// A reading of something outside the process (a table, the broker) for an observable gauge. The metrics exporter
/// calls gauges synchronously and often (every second under Aspire); this answers at once with the last reading and,
/// when that is older than <paramref name="maxAge"/>, starts one refresh in the background. So the source is asked at
/// most once per <paramref name="maxAge"/> per replica, and a slow or unreachable source never stalls the exporter.
/// </summary>
internal sealed class CachedReading<T>(Func<CancellationToken, Task<T>> read, T initial, TimeSpan maxAge, TimeProvider time)
{
    private readonly Lock _lock = new();
    private T _value = initial;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private Task? _refreshing;

    public T Current
    {
        get
        {
            lock (_lock)
            {
                if (_refreshing is null && time.GetUtcNow() - _readAt >= maxAge) _refreshing = Task.Run(RefreshAsync);
                return _value;
            }
        }
    }

    /// <summary>Reads now (the first reading, and tests).</summary>
    public async Task RefreshAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var value = await read(timeout.Token);
            lock (_lock) _value = value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Keep the last reading: a gauge of the outbox must not fail while its database is down (health says that).
        }
        finally
        {
            lock (_lock)
            {
                _readAt = time.GetUtcNow();
                _refreshing = null;
            }
        }
    }
}
