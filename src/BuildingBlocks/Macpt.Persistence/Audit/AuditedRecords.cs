using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Macpt.Persistence.Audit;

/// <summary>Which stored records are a child's records, and their type, key and LA child id.</summary>
internal static class AuditedRecords
{
    public const string LaChildIdProperty = "LaChildId";

    /// <summary>The plumbing tables (outbox, inbox, idempotency keys, the audit log itself) are not a child's records.</summary>
    public static bool IsAudited(IReadOnlyTypeBase type) =>
        type.ClrType.Namespace is { } ns
        && !ns.StartsWith("Macpt.Messaging", StringComparison.Ordinal)
        && !ns.StartsWith("Macpt.Persistence", StringComparison.Ordinal)
        && type is IReadOnlyEntityType { IsPropertyBag: false } entity && !entity.IsOwned();

    /// <summary>Whether a write to the record is a change to a child's record (not so for a <see cref="DerivedRecords"/> copy).</summary>
    public static bool IsChangeAudited(IReadOnlyTypeBase type) => IsAudited(type) && !DerivedRecords.IsDerived(type);

    public static AuditedRecord Describe(IEntityType type, Func<IProperty, object?> value, bool changed)
    {
        var key = type.FindPrimaryKey() is { Properties.Count: 1 } pk ? Convert.ToString(value(pk.Properties[0]), System.Globalization.CultureInfo.InvariantCulture) : null;
        var child = type.FindProperty(LaChildIdProperty) is { } p ? value(p) as string : null;
        return new AuditedRecord(type.ClrType.Name, key, string.IsNullOrEmpty(child) ? null : child, changed);
    }

    /// <summary>The aggregate an owned entry belongs to (a referral's decision changes the referral).</summary>
    public static EntityEntry RootOf(EntityEntry entry)
    {
        while (entry.Metadata.IsOwned() && entry.Metadata.FindOwnership() is { PrincipalToDependent: { } navigation } ownership)
        {
            var owner = entry.Context.ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType && Holds(e.Navigation(navigation.Name).CurrentValue, entry.Entity));
            if (owner is null) break;
            entry = owner;
        }
        return entry;
    }

    private static bool Holds(object? navigationValue, object dependent) =>
        ReferenceEquals(navigationValue, dependent)
        || (navigationValue is System.Collections.IEnumerable many && many.Cast<object>().Any(d => ReferenceEquals(d, dependent)));
}
