using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence.Audit;

public static class AuditModel
{
    /// <summary>The <c>audit_log</c> table every service keeps in its own database.</summary>
    public static ModelBuilder AddAuditLog(this ModelBuilder model)
    {
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable(AuditEntry.Table);
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(10);
            e.Property(x => x.Action).HasMaxLength(10);
            e.Property(x => x.ResourceType).HasMaxLength(80);
            e.Property(x => x.ResourceId).HasMaxLength(80);
            e.Property(x => x.LaChildId).HasMaxLength(40);
            e.Property(x => x.ActorId).HasMaxLength(100);
            e.Property(x => x.ActorKind).HasMaxLength(20);
            e.Property(x => x.ClientId).HasMaxLength(100);
            e.Property(x => x.Agency).HasMaxLength(40);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Route).HasMaxLength(200);
            e.Property(x => x.CorrelationId).HasMaxLength(100);
            e.HasIndex(x => new { x.At, x.Id });
            e.HasIndex(x => x.LaChildId);
            e.HasIndex(x => x.LaChildIds).HasMethod("gin");
            e.HasIndex(x => x.ActorId);
        });
        return model;
    }
}
