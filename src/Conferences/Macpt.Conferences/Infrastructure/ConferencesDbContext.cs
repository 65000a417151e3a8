using Macpt.Conferences.Domain;
using Macpt.Messaging;
using Macpt.Persistence;
using Macpt.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Conferences.Infrastructure;

/// <summary>
/// The conferences service's own database: conferences, plans, its projections of family plans and
/// advocate allocations (built from events, never read from those services), and its outbox, inbox and
/// idempotency keys.
/// </summary>
public sealed class ConferencesDbContext(DbContextOptions<ConferencesDbContext> options) : DbContext(options)
{
    public DbSet<ChildProtectionConference> Conferences => Set<ChildProtectionConference>();
    public DbSet<ChildProtectionPlan> Plans => Set<ChildProtectionPlan>();
    public DbSet<ParentAdvocate> ParentAdvocates => Set<ParentAdvocate>();
    public DbSet<AgreedFamilyPlan> FamilyPlans => Set<AgreedFamilyPlan>();
    public DbSet<ChildBirth> Births => Set<ChildBirth>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ChildProtectionConference>(e =>
        {
            e.ToTable("conferences");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.LatestCategoryOfAbuse).HasMaxLength(3);
            e.Property(x => x.Version).IsRowVersion();
            // One initial conference per Section 47 enquiry, however often the completion is delivered.
            e.HasIndex(x => x.EnquiryId).IsUnique().HasFilter("enquiry_id IS NOT NULL");
            e.HasIndex(x => x.LaChildId);
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => new { x.Status, x.TargetDate });
            e.HasIndex(x => new { x.HeldOn, x.RecordDistributedOn });
            e.Ignore(x => x.IsHeld);
            e.OwnsOne(x => x.CaseTeam, o => o.ToJson("case_team"));
            e.OwnsOne(x => x.Arrangements, o =>
            {
                o.ToJson("arrangements");
                o.OwnsMany(x => x.Invitees);
            });
            e.OwnsOne(x => x.Outcome, o =>
            {
                o.ToJson("outcome");
                o.OwnsMany(x => x.Attendance);
                o.OwnsMany(x => x.AgencyViews);
                o.OwnsMany(x => x.ParentViews);
                o.OwnsOne(x => x.ChildsViews);
                o.OwnsMany(x => x.Dissent);
                o.OwnsMany(x => x.AdvocatesInvited);
            });
            e.OwnsOne(x => x.PlanDecision, o =>
            {
                o.ToJson("plan_decision");
                o.OwnsOne(x => x.OutlinePlan, p =>
                {
                    p.OwnsMany(x => x.Outcomes);
                    p.OwnsMany(x => x.Actions);
                });
                o.OwnsMany(x => x.CoreGroup);
            });
            e.OwnsOne(x => x.Record, o =>
            {
                o.ToJson("record");
                o.OwnsMany(x => x.DistributedTo);
            });
            e.OwnsMany(x => x.TargetChanges, o => o.ToJson("target_changes"));
            e.OwnsOne(x => x.StepDown, o => o.ToJson("step_down"));
            e.OwnsOne(x => x.TransferIn, o => o.ToJson("transfer_in"));
        });
        model.Entity<ChildProtectionPlan>(e =>
        {
            e.ToTable("plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.InitialCategoryOfAbuse).HasMaxLength(3);
            e.Property(x => x.LatestCategoryOfAbuse).HasMaxLength(3);
            e.Property(x => x.LcppId).HasMaxLength(64);
            e.Property(x => x.Version).IsRowVersion();
            e.Ignore(x => x.IsEnded);
            // One plan per initial conference, and at most one open plan per child (census error 8935).
            e.HasIndex(x => x.InitialConferenceId).IsUnique();
            e.HasIndex(x => x.LaChildId).IsUnique().HasFilter("end_date IS NULL").HasDatabaseName("ix_plans_one_open_per_child");
            e.HasIndex(x => new { x.LaChildId, x.StartDate });
            e.HasIndex(x => x.NextReviewDue);
            e.HasIndex(x => x.NextCoreGroupDue);
            e.OwnsOne(x => x.OutlinePlan, o =>
            {
                o.ToJson("outline_plan");
                o.OwnsMany(x => x.Outcomes);
                o.OwnsMany(x => x.Actions);
            });
            e.OwnsMany(x => x.CoreGroup, o => o.ToJson("core_group"));
            e.OwnsMany(x => x.Reviews, o => o.ToJson("reviews"));
            e.OwnsMany(x => x.CoreGroupMeetings, o =>
            {
                o.ToJson("core_group_meetings");
                o.OwnsMany(x => x.Attended);
                o.OwnsMany(x => x.Progress);
            });
            e.OwnsOne(x => x.DetailedPlan, o =>
            {
                o.ToJson("detailed_plan");
                o.OwnsMany(x => x.Outcomes);
                o.OwnsMany(x => x.Actions);
            });
            e.OwnsOne(x => x.Ending, o => o.ToJson("ending"));
            e.OwnsMany(x => x.PeopleChanges, o => o.ToJson("people_changes"));
        });
        model.Entity<ChildBirth>(e =>
        {
            e.ToTable("births");
            e.HasKey(x => x.UnbornLaChildId);
            e.Property(x => x.UnbornLaChildId).HasMaxLength(20);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
        });
        model.Entity<ParentAdvocate>(e =>
        {
            e.ToTable("parent_advocates");
            e.HasKey(x => x.AllocationId);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.HasIndex(x => x.LaChildId);
        });
        model.Entity<AgreedFamilyPlan>(e =>
        {
            e.ToTable("family_plans");
            e.HasKey(x => x.FamilyPlanId);
            e.Property(x => x.LaChildId).HasMaxLength(20);
            e.HasIndex(x => new { x.LaChildId, x.AgreedOn });
        });
        model.AddIdempotencyRecords();
        model.AddAuditLog();
        model.AddMessagingTables();
    }
}
