using Macpt.Messaging.Inbox;
using Macpt.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>The outbox and inbox tables, in the service's own database.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.MessageType).HasMaxLength(300);
            e.Property(x => x.Payload).HasColumnType("jsonb");
            e.Property(x => x.TraceParent).HasMaxLength(64);
            e.Property(x => x.TraceState).HasMaxLength(512);
            // The dispatcher's scan: unsent rows, oldest first.
            e.HasIndex(x => x.CreatedAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
            e.HasIndex(x => x.SentAt).HasFilter("sent_at IS NOT NULL");
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.HasIndex(x => x.ProcessedAt);
        });
        return model;
    }
}
