using Macpt.Messaging;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Infrastructure;

/// <summary>The conferences service's own database: its outbox, inbox and idempotency keys so far.</summary>
public sealed class ConferencesDbContext(DbContextOptions<ConferencesDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddIdempotencyRecords();
        model.AddMessagingTables();
    }
}
