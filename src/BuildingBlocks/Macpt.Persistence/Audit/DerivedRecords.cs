using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Macpt.Persistence.Audit;

/// <summary>
/// Copies of a child's records made from other services' events (reporting's projections): reading one is audited like
/// any child's record, but writing one is not a change to the child's record (that change was audited where it was
/// made), so the change audit leaves them out. Without this, re-projecting a child wrote an audit row per row rebuilt.
/// </summary>
public static class DerivedRecords
{
    private const string Annotation = "Macpt:DerivedRecord";

    public static EntityTypeBuilder<T> IsDerivedRecord<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(Annotation, true);

    internal static bool IsDerived(IReadOnlyTypeBase type) => type is IReadOnlyEntityType entity && entity.FindAnnotation(Annotation)?.Value is true;
}
