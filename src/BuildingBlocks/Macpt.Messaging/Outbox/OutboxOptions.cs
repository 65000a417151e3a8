namespace Macpt.Messaging.Outbox;

public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;
    /// <summary>How often to look for rows another replica (or a crash) left behind.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>A publish not confirmed by the broker in this time counts as failed and is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan KeepInboxFor { get; set; } = TimeSpan.FromDays(30);
}
