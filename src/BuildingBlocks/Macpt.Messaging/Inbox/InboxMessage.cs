namespace Macpt.Messaging.Inbox;

/// <summary>A message a consumer has applied, so a redelivery of the same message id is skipped.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
