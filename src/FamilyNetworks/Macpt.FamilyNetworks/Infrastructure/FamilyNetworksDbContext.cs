using Macpt.Messaging;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Infrastructure;

/// <summary>The familynetworks service's own database: its outbox, inbox and idempotency keys so far.</summary>
public sealed class FamilyNetworksDbContext(DbContextOptions<FamilyNetworksDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddIdempotencyRecords();
        model.AddMessagingTables();
    }
}
