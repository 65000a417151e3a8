using Macpt.Identity.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Identity.Infrastructure;

/// <summary>The identity service's own database: OpenIddict's clients, scopes and tokens, the practitioners, and the data protection keys.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    /// <summary>The sign-in cookie's keys, shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.UseOpenIddict();
        model.Entity<Practitioner>(e =>
        {
            e.ToTable("practitioners");
            e.HasKey(x => x.Username);
            e.Property(x => x.Username).HasMaxLength(64);
            e.Property(x => x.PasswordHash).HasMaxLength(200);
            e.Property(x => x.Agency).HasMaxLength(40);
            e.Property(x => x.Team).HasMaxLength(64);
            e.Property(x => x.ProfessionalRegistration).HasMaxLength(20);
        });
    }
}
