using Macpt.Messaging;
using Macpt.Persistence.Audit;
using Macpt.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Reporting.Infrastructure;

/// <summary>
/// The reporting service's own database: every event received (the source of truth here) and the projections built
/// from them: the timeline, the work items, and the facts the timeliness measures count. All of it is a derived copy:
/// reads are audited, rebuilding it is not a change to a child's record (<see cref="DerivedRecords"/>).
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<ReceivedEvent> Events => Set<ReceivedEvent>();
    public DbSet<TimelineStep> TimelineSteps => Set<TimelineStep>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<ReferralFact> Referrals => Set<ReferralFact>();
    public DbSet<InitialConferenceFact> InitialConferences => Set<InitialConferenceFact>();
    public DbSet<ReviewFact> Reviews => Set<ReviewFact>();
    public DbSet<PlanFact> Plans => Set<PlanFact>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ReceivedEvent>(e =>
        {
            e.ToTable("received_events");
            e.IsDerivedRecord();
            e.HasKey(x => x.MessageId);
            e.Property(x => x.Contract).HasMaxLength(300);
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.Property(x => x.Body).HasColumnType("jsonb");
            e.Property(x => x.ReceivedOrder).UseIdentityAlwaysColumn();
            e.HasIndex(x => x.ReceivedOrder).IsUnique();
            e.HasIndex(x => x.LaChildIds).HasMethod("gin");
        });
        model.Entity<TimelineStep>(e =>
        {
            e.ToTable("timeline_steps");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.Key });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Service).HasMaxLength(40);
            e.Property(x => x.Details).HasColumnType("jsonb");
            e.HasIndex(x => new { x.LaChildId, x.On, x.At, x.KindOrder, x.SourceId });
        });
        model.Entity<WorkItem>(e =>
        {
            e.ToTable("work_items");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.Key });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Service).HasMaxLength(40);
            e.Property(x => x.Agency).HasMaxLength(40);
            e.Property(x => x.HeldBy).HasMaxLength(64);
            e.Property(x => x.Details).HasColumnType("jsonb");
            e.Ignore(x => x.IsOpen);
            // The work list: open items, soonest due first.
            e.HasIndex(x => new { x.DueBy, x.Kind, x.SourceId }).HasFilter("closed_on IS NULL");
        });
        model.Entity<ReferralFact>(e =>
        {
            e.ToTable("referral_facts");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.ReferralId });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.HasIndex(x => x.ReceivedOn);
        });
        model.Entity<InitialConferenceFact>(e =>
        {
            e.ToTable("initial_conference_facts");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.ConferenceId });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.HasIndex(x => x.HeldOn);
        });
        model.Entity<ReviewFact>(e =>
        {
            e.ToTable("review_facts");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.ConferenceId });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.HasIndex(x => x.ReviewedOn);
        });
        model.Entity<PlanFact>(e =>
        {
            e.ToTable("plan_facts");
            e.IsDerivedRecord();
            e.HasKey(x => new { x.LaChildId, x.PlanId });
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.HasIndex(x => x.StartDate);
            e.HasIndex(x => x.EndDate);
        });
        model.AddMessagingTables();
        model.AddAuditLog();
    }
}
