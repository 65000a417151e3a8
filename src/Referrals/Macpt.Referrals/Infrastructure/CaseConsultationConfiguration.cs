using Macpt.Referrals.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Macpt.Referrals.Infrastructure;

internal sealed class CaseConsultationConfiguration : IEntityTypeConfiguration<CaseConsultation>
{
    public void Configure(EntityTypeBuilder<CaseConsultation> e)
    {
        e.ToTable("case_consultations");
        e.HasKey(x => x.Id);
        e.Property(x => x.RequesterAgency).HasMaxLength(20);
        e.Property(x => x.RequesterId).HasMaxLength(64);
        e.Property(x => x.RequesterContact).HasMaxLength(200);
        e.Property(x => x.AskedByAgency).HasMaxLength(20);
        e.Property(x => x.AskedThrough).HasMaxLength(100);
        e.Property(x => x.LaChildId).HasMaxLength(20);
        e.Property(x => x.ChildFirstName).HasMaxLength(100);
        e.Property(x => x.ChildLastName).HasMaxLength(100);
        e.Property(x => x.Question).HasMaxLength(10_000);
        e.Property(x => x.Version).IsRowVersion();
        e.OwnsOne(x => x.Advice, a =>
        {
            a.Property(x => x.Text).HasColumnName("advice").HasMaxLength(10_000);
            a.Property(x => x.GivenBy).HasColumnName("advice_given_by").HasMaxLength(64);
            a.Property(x => x.GivenAt).HasColumnName("advice_given_at");
        });
        e.HasIndex(x => x.RequestedAt);
        e.HasIndex(x => x.ReferralId);
    }
}
