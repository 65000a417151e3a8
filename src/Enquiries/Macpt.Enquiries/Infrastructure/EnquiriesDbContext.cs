using Macpt.Enquiries.Domain;
using Macpt.Messaging;
using Macpt.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Infrastructure;

public sealed class EnquiriesDbContext(DbContextOptions<EnquiriesDbContext> options) : DbContext(options)
{
    public DbSet<StrategyDiscussion> StrategyDiscussions => Set<StrategyDiscussion>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StrategyDiscussion>(e =>
        {
            e.ToTable("strategy_discussions");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Urgency).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(16);
            // One strategy discussion per referral, whatever the bus delivers.
            e.HasIndex(x => x.ReferralId).IsUnique().HasFilter("referral_id IS NOT NULL");
            e.HasIndex(x => new { x.Status, x.DueBy });
        });
        model.AddIdempotencyRecords();
        model.AddMessagingTables();
    }
}
