using Macpt.Enquiries.Domain;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Enquiries.Infrastructure;

public sealed class EnquiriesDbContext(DbContextOptions<EnquiriesDbContext> options) : DbContext(options)
{
    public DbSet<StrategyDiscussion> StrategyDiscussions => Set<StrategyDiscussion>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<AgencyCheck> AgencyChecks => Set<AgencyCheck>();

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
            e.Property(x => x.ChairId).HasMaxLength(64);
            e.Property(x => x.Source).HasMaxLength(16).HasDefaultValue(StrategyDiscussionSource.Referral);
            e.Property(x => x.RequestedBy).HasMaxLength(64);
            e.HasIndex(x => x.JointMeetingId).HasFilter("joint_meeting_id IS NOT NULL");
            e.Property(x => x.Section47EnquiryId).HasColumnName("section_47_enquiry_id");
            e.HasIndex(x => x.Section47EnquiryId).HasFilter("section_47_enquiry_id IS NOT NULL");
            // One pending directly-convened discussion per child, even when two LCPPs press at once.
            e.HasIndex(x => x.LaChildId).IsUnique().HasFilter("source = 'direct' AND status <> 'held'").HasDatabaseName("ix_strategy_discussions_pending_direct");
            e.Property(x => x.Version).IsRowVersion();
            e.OwnsMany(x => x.Attendees, a => a.ToJson("attendees"));
            e.OwnsOne(x => x.Outcome, o =>
            {
                o.ToJson("outcome");
                o.OwnsMany(x => x.Attended);
                o.OwnsMany(x => x.SafetyActions);
            });
        });
        model.Entity<Section47Enquiry>(e =>
        {
            e.ToTable("section_47_enquiries");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Version).IsRowVersion();
            // One enquiry per strategy discussion, however often the outcome request is retried.
            e.HasIndex(x => x.StrategyDiscussionId).IsUnique();
            // One open enquiry per child (census rules 8839/8890), even when two threshold decisions race.
            e.HasIndex(x => x.LaChildId).IsUnique().HasFilter("status = 'open'").HasDatabaseName("ix_section_47_enquiries_open_per_child");
            e.HasIndex(x => new { x.Status, x.InitialConferenceTarget });
            e.HasIndex(x => x.ReferralId);
            e.OwnsOne(x => x.ChildSeen, c => c.ToJson("child_seen"));
            e.OwnsOne(x => x.Outcome, o => o.ToJson("outcome"));
        });
        model.Entity<AgencyCheck>(e =>
        {
            e.ToTable("agency_checks");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Agency).HasMaxLength(32);
            e.Property(x => x.RequestedBy).HasMaxLength(64);
            e.Property(x => x.AnsweredBy).HasMaxLength(64);
            e.Property(x => x.AnsweredThrough).HasMaxLength(64);
            e.Property(x => x.Version).IsRowVersion();
            e.Property(x => x.Service).HasMaxLength(32);
            // One open check per agency and service per enquiry, however requests race (no service counts as one service).
            e.HasIndex(x => new { x.EnquiryId, x.Agency, x.Service }).IsUnique().AreNullsDistinct(false).HasFilter("answered_at IS NULL")
                .HasDatabaseName("ix_agency_checks_open_per_agency_service");
            e.HasIndex(x => new { x.Agency, x.AnsweredAt, x.DueOn });
            e.HasOne<Section47Enquiry>().WithMany().HasForeignKey(x => x.EnquiryId);
        });
        model.AddIdempotencyRecords();
        model.AddAuditLog();
        model.AddMessagingTables();
    }
}
