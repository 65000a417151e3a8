using Macpt.Messaging;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Infrastructure;

/// <summary>The advocacy service's own database: its outbox, inbox and idempotency keys so far.</summary>
public sealed class AdvocacyDbContext(DbContextOptions<AdvocacyDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddIdempotencyRecords();
        model.AddMessagingTables();
    }
}
