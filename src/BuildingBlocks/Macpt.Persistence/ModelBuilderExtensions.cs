using Microsoft.EntityFrameworkCore;

namespace Macpt.Persistence;

public static class ModelBuilderExtensions
{
    public static ModelBuilder AddIdempotencyRecords(this ModelBuilder model)
    {
        model.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable(IdempotencyRecord.Table);
            e.HasKey(x => new { x.Scope, x.Key });
            e.Property(x => x.Scope).HasMaxLength(IdempotencyRecord.MaxScopeLength);
            e.Property(x => x.Key).HasMaxLength(IdempotencyKey.MaxLength);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.ResourceId).HasMaxLength(2000);
        });
        return model;
    }
}
