using Macpt.Referrals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Macpt.Referrals.Infrastructure;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.ToTable("referrals");
        e.HasKey(x => x.Id);
        e.Property(x => x.LaChildId).HasMaxLength(20);
        e.Property(x => x.ReferralSource).HasMaxLength(2);
        e.Property(x => x.Concerns).HasMaxLength(20_000);
        e.Property(x => x.Version).IsRowVersion();
        e.HasIndex(x => x.LaChildId);
        e.HasIndex(x => x.DecisionDueBy);
        e.HasIndex(x => new { x.LaChildId, x.ReceivedAt });
        e.HasIndex(x => x.HouseholdId);
        e.Property(x => x.HarmContext).HasMaxLength(20);
        e.Property(x => x.SuspectedCategories);
        e.OwnsOne(x => x.Referrer, f =>
        {
            f.Property(x => x.Agency).HasColumnName("referrer_agency").HasMaxLength(100);
            f.Property(x => x.Role).HasColumnName("referrer_role").HasMaxLength(100);
            f.Property(x => x.Contact).HasColumnName("referrer_contact").HasMaxLength(200);
        });

        e.OwnsOne(x => x.SubmittedBy, b =>
        {
            b.Property(x => x.Id).HasColumnName("submitted_by").HasMaxLength(64);
            b.Property(x => x.Agency).HasColumnName("submitted_by_agency").HasMaxLength(20);
            b.Property(x => x.ClientId).HasColumnName("submitted_through").HasMaxLength(100);
        });

        e.OwnsOne(x => x.Child, c =>
        {
            c.Property(x => x.FirstName).HasMaxLength(100);
            c.Property(x => x.LastName).HasMaxLength(100);
            c.Property(x => x.Sex).HasMaxLength(1);
            c.Property(x => x.Ethnicity).HasMaxLength(4);
            c.Property(x => x.NhsNumber).HasMaxLength(10);
            c.Property(x => x.Upn).HasMaxLength(13);
            c.Property(x => x.Language).HasMaxLength(50);
            c.OwnsOne(x => x.Address, a =>
            {
                a.Property(x => x.Line1).HasMaxLength(100);
                a.Property(x => x.Line2).HasMaxLength(100);
                a.Property(x => x.Town).HasMaxLength(100);
                a.Property(x => x.Postcode).HasMaxLength(10);
            });
            c.HasIndex(x => x.NhsNumber);
        });
        e.Navigation(x => x.Child).IsRequired();

        e.OwnsOne(x => x.Decision, d =>
        {
            d.Property(x => x.Type).HasColumnName("decision_type").HasMaxLength(32);
            d.Property(x => x.Reason).HasColumnName("decision_reason").HasMaxLength(10_000);
            d.Property(x => x.DecidedBy).HasColumnName("decided_by").HasMaxLength(64);
            d.Property(x => x.DecidedAt).HasColumnName("decided_at");
            d.Property(x => x.FamilyHelpLeadId).HasColumnName("decision_family_help_lead_id").HasMaxLength(64);
            d.Property(x => x.HandoverDate).HasColumnName("decision_handover_date");
        });
    }
}
