using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Referrals.Domain;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Referrals.Infrastructure;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfiguration(new ReferralConfiguration());
        model.AddIdempotencyRecords();
        model.AddMessagingTables();
    }
}
