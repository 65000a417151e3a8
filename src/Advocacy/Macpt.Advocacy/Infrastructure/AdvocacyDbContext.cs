using Macpt.Advocacy.Domain;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Infrastructure;

/// <summary>The advocacy service's own database: parents, episodes, offers, advocates, allocations, guides and feedback.</summary>
public sealed class AdvocacyDbContext(DbContextOptions<AdvocacyDbContext> options) : DbContext(options)
{
    public DbSet<Parent> Parents => Set<Parent>();
    public DbSet<ParentConflict> ParentConflicts => Set<ParentConflict>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<AdvocacyOffer> Offers => Set<AdvocacyOffer>();
    public DbSet<AdvocacyProvider> Providers => Set<AdvocacyProvider>();
    public DbSet<Advocate> Advocates => Set<Advocate>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Guide> Guides => Set<Guide>();
    public DbSet<GuideSent> GuidesSent => Set<GuideSent>();
    public DbSet<StageFeedback> Feedback => Set<StageFeedback>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Parent>(e =>
        {
            e.ToTable("parents");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Relationship).HasMaxLength(40);
            e.Property(x => x.Language).HasMaxLength(8);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(254);
            e.Property(x => x.Address).HasMaxLength(500);
            e.Property(x => x.RegisteredBy).HasMaxLength(64);
            e.HasIndex(x => x.LaChildId);
        });
        model.Entity<ParentConflict>(e =>
        {
            e.ToTable("parent_conflicts");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            // A pair is recorded once (the lower id first).
            e.HasIndex(x => new { x.FirstParentId, x.SecondParentId }).IsUnique();
            e.HasIndex(x => x.LaChildId);
        });
        model.Entity<Episode>(e =>
        {
            e.ToTable("episodes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(120);
            e.HasIndex(x => x.Key).IsUnique();
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Stage).HasMaxLength(16);
            e.Property(x => x.EndReason).HasMaxLength(32);
            e.HasIndex(x => new { x.LaChildId, x.EndedOn });
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => x.ConferenceDate);
            e.Property(x => x.Version).IsRowVersion();
        });
        model.Entity<AdvocacyOffer>(e =>
        {
            e.ToTable("advocacy_offers");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Stage).HasMaxLength(16);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.AnsweredRecordedBy).HasMaxLength(64);
            e.Property(x => x.WithdrawalRecordedBy).HasMaxLength(64);
            // One offer per parent per episode, however often the triggering events arrive.
            e.HasIndex(x => new { x.ParentId, x.EpisodeId }).IsUnique();
            e.HasIndex(x => new { x.Status, x.OfferedOn });
            e.HasIndex(x => x.EpisodeId);
            e.HasOne<Parent>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Episode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsRowVersion();
        });
        model.Entity<AdvocacyProvider>(e =>
        {
            e.ToTable("advocacy_providers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
        });
        model.Entity<Advocate>(e =>
        {
            e.ToTable("advocates");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(16);
            e.HasIndex(x => x.ProviderId);
            e.HasOne<AdvocacyProvider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsRowVersion();
        });
        model.Entity<Allocation>(e =>
        {
            e.ToTable("allocations");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.AllocatedBy).HasMaxLength(64);
            e.Property(x => x.EndReason).HasMaxLength(32);
            // One active advocate per offer, whatever races.
            e.HasIndex(x => x.OfferId).IsUnique().HasFilter("ended_at IS NULL").HasDatabaseName("ix_allocations_active_offer");
            e.HasIndex(x => new { x.AdvocateId, x.EndedAt });
            e.HasIndex(x => new { x.EpisodeId, x.EndedAt });
            e.HasOne<AdvocacyOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Advocate>().WithMany().HasForeignKey(x => x.AdvocateId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Attendance>(e =>
        {
            e.ToTable("attendances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Meeting).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            // One record per meeting per allocation: a repeat is a conflict, not a second attendance.
            e.HasIndex(x => new { x.AllocationId, x.Meeting, x.MeetingOn }).IsUnique();
            e.HasOne<Allocation>().WithMany().HasForeignKey(x => x.AllocationId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Guide>(e =>
        {
            e.ToTable("guides");
            e.HasKey(x => x.Id);
            e.Property(x => x.Stage).HasMaxLength(32);
            e.Property(x => x.Language).HasMaxLength(8);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.Url).HasMaxLength(500);
            e.HasIndex(x => new { x.Stage, x.Language }).IsUnique();
            e.HasData(GuideCatalogue.Seed);
        });
        model.Entity<GuideSent>(e =>
        {
            e.ToTable("guides_sent");
            e.HasKey(x => x.Id);
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.SentBy).HasMaxLength(64);
            e.HasIndex(x => x.ParentId);
            e.HasOne<Parent>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Guide>().WithMany().HasForeignKey(x => x.GuideId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<StageFeedback>(e =>
        {
            e.ToTable("stage_feedback");
            e.HasKey(x => x.Id);
            e.Property(x => x.Stage).HasMaxLength(32);
            e.Property(x => x.Comment).HasMaxLength(StageFeedback.MaxCommentLength);
            // One view per stage per parent per episode.
            e.HasIndex(x => new { x.OfferId, x.Stage }).IsUnique();
            e.HasIndex(x => new { x.Stage, x.GivenOn });
            e.HasOne<AdvocacyOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        });
        model.AddIdempotencyRecords();
        model.AddAuditLog();
        model.AddMessagingTables();
    }
}
