using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Escalations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Macpt.Referrals.Infrastructure;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<OnwardStep> OnwardSteps => Set<OnwardStep>();
    public DbSet<CaseConsultation> CaseConsultations => Set<CaseConsultation>();
    public DbSet<ProfessionalDisagreement> Disagreements => Set<ProfessionalDisagreement>();

    /// <summary>
    /// A child's address is optional and every line of it is optional: EF warns that an address stored with every line
    /// empty reads back as no address at all. That is what it is (there is nothing to distinguish), so the warning,
    /// logged at every start, says nothing to act on.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfiguration(new ReferralConfiguration());
        model.ApplyConfiguration(new CaseConsultationConfiguration());
        model.ApplyConfiguration(new ProfessionalDisagreementConfiguration());
        model.Entity<OnwardStep>(e =>
        {
            e.ToTable("onward_steps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Stage).HasMaxLength(40);
            e.Property(x => x.Outcome).HasMaxLength(60);
            e.HasIndex(x => new { x.ReferralId, x.Stage, x.SourceId }).IsUnique();
        });
        model.AddIdempotencyRecords();
        model.AddAuditLog();
        model.AddMessagingTables();
    }
}
