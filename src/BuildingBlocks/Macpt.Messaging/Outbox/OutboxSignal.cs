namespace Macpt.Messaging.Outbox;

/// <summary>
/// Wakes this replica's dispatcher as soon as a transaction commits, so events leave in
/// milliseconds; the dispatcher also polls, which covers rows written by other replicas.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
