using Macpt.Referrals.Domain.Escalations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Macpt.Referrals.Infrastructure;

internal sealed class ProfessionalDisagreementConfiguration : IEntityTypeConfiguration<ProfessionalDisagreement>
{
    public void Configure(EntityTypeBuilder<ProfessionalDisagreement> e)
    {
        e.ToTable("professional_disagreements");
        e.HasKey(x => x.Id);
        e.Property(x => x.LaChildId).HasMaxLength(20);
        e.Property(x => x.Subject).HasMaxLength(40);
        e.Property(x => x.AboutAgency).HasMaxLength(20);
        e.Property(x => x.Concern).HasMaxLength(10_000);
        e.Property(x => x.RaisedBy).HasMaxLength(64);
        e.Property(x => x.RaisedByAgency).HasMaxLength(20);
        e.Property(x => x.CurrentStage).HasMaxLength(40);
        e.Property(x => x.Outcome).HasMaxLength(40);
        e.Property(x => x.OutcomeSummary).HasMaxLength(10_000);
        e.Property(x => x.ResolvedBy).HasMaxLength(64);
        e.Property(x => x.Version).IsRowVersion();
        e.Ignore(x => x.Status);
        e.Ignore(x => x.Current);
        e.OwnsMany(x => x.Steps, s =>
        {
            s.ToTable("escalation_steps");
            s.WithOwner().HasForeignKey("DisagreementId");
            s.HasKey("DisagreementId", nameof(EscalationStep.Number));
            s.Property(x => x.Number).ValueGeneratedNever();
            s.Property(x => x.Stage).HasMaxLength(40);
            s.Property(x => x.StartedBy).HasMaxLength(64);
            s.Property(x => x.StartedByAgency).HasMaxLength(20);
            s.Property(x => x.Reason).HasMaxLength(10_000);
            s.Property(x => x.Response).HasMaxLength(10_000);
            s.Property(x => x.RespondedBy).HasMaxLength(64);
            s.Property(x => x.RespondedByAgency).HasMaxLength(20);
        });
        e.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => new { x.Outcome, x.CurrentDueOn });
        e.HasIndex(x => x.LaChildId);
    }
}
