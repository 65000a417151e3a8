namespace Macpt.Messaging.Outbox;

/// <summary>What this replica's dispatcher last saw, for the health check.</summary>
public sealed class OutboxState
{
    private volatile bool _lastPublishFailed;

    public bool LastPublishFailed => _lastPublishFailed;

    internal void PublishSucceeded() => _lastPublishFailed = false;

    internal void PublishFailed() => _lastPublishFailed = true;
}
