using Macpt.FamilyNetworks.Domain;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.FamilyNetworks.Infrastructure;

/// <summary>The familynetworks service's own database: meeting requests (with offer and meeting), family plans, outbox, inbox.</summary>
public sealed class FamilyNetworksDbContext(DbContextOptions<FamilyNetworksDbContext> options) : DbContext(options)
{
    public DbSet<FamilyNetworkMeetingRequest> MeetingRequests => Set<FamilyNetworkMeetingRequest>();
    public DbSet<FamilyPlan> FamilyPlans => Set<FamilyPlan>();
    public DbSet<PreProceedings> PreProceedings => Set<PreProceedings>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<FamilyNetworkMeetingRequest>(e =>
        {
            e.ToTable("meeting_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Stage).HasMaxLength(32);
            e.Property(x => x.Source).HasMaxLength(40);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.RequestedBy).HasMaxLength(64);
            e.Property(x => x.Version).IsRowVersion();
            // One request per child, stage and episode, whether an event or a practitioner asks, and however often.
            e.HasIndex(x => new { x.LaChildId, x.Stage, x.EpisodeId }).IsUnique();
            e.HasIndex(x => x.ReferralId);
            e.HasIndex(x => new { x.Status, x.RequestedAt });
            e.OwnsOne(x => x.Offer, o =>
            {
                o.ToJson("offer");
                o.OwnsMany(x => x.OfferedTo);
            });
            e.OwnsMany(x => x.Answers, a => a.ToJson("answers"));
            e.Ignore(x => x.AcceptedOn);
            e.OwnsOne(x => x.Coordinator, c => c.ToJson("coordinator"));
            e.OwnsOne(x => x.Closure, c => c.ToJson("closure"));
            e.OwnsOne(x => x.Meeting, m =>
            {
                m.ToJson("meeting");
                m.OwnsMany(x => x.NetworkMembers);
                m.OwnsOne(x => x.ChildParticipation);
                m.Ignore(x => x.MembersPresent);
            });
        });
        model.Entity<FamilyPlan>(e =>
        {
            e.ToTable("family_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.LocalAuthorityDecisionBy).HasMaxLength(64);
            e.Property(x => x.RowVersion).IsRowVersion();
            // One plan per meeting: later changes are revisions of it.
            e.HasIndex(x => x.MeetingId).IsUnique();
            e.HasIndex(x => x.RequestId);
            e.HasIndex(x => new { x.Status, x.ReviewDue });
            e.HasIndex(x => x.LaChildId);
            e.OwnsMany(x => x.Safeguards, s => s.ToJson("safeguards"));
            e.OwnsMany(x => x.EarlierVersions, v =>
            {
                v.ToJson("earlier_versions");
                v.OwnsMany(x => x.Safeguards);
            });
            e.OwnsMany(x => x.Reviews, r => r.ToJson("reviews"));
            e.OwnsOne(x => x.Ending, x => x.ToJson("ending"));
        });
        model.Entity<PreProceedings>(e =>
        {
            e.ToTable("pre_proceedings");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.StartedBy).HasMaxLength(64);
            e.Property(x => x.Version).IsRowVersion();
            e.Ignore(x => x.Status);
            e.Ignore(x => x.InitialMeetingOn);
            e.Ignore(x => x.ReviewMeetings);
            e.HasIndex(x => x.LaChildId);
            e.HasIndex(x => x.ReferralId);
            e.OwnsOne(x => x.LegalPlanningMeeting, m => m.ToJson("legal_planning_meeting"));
            e.OwnsOne(x => x.Letter, l => l.ToJson("letter"));
            e.OwnsMany(x => x.Meetings, m => m.ToJson("meetings"));
            e.OwnsOne(x => x.Outcome, o => o.ToJson("outcome"));
        });
        model.AddIdempotencyRecords();
        model.AddAuditLog();
        model.AddMessagingTables();
    }
}
