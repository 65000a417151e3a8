using System.Collections.Frozen;

namespace Macpt.Contracts;

/// <summary>
/// Resolves an event's stored type name back to its type, so the outbox never stores
/// assembly-qualified names that break when an assembly version changes.
/// </summary>
public static class ContractTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(ContractTypes).Assembly
        .GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith("Macpt.Contracts.", StringComparison.Ordinal) == true)
        .ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        ByName.ContainsKey(type.FullName ?? "") ? type.FullName! : throw new ArgumentException($"{type.Name} is not an integration event in Macpt.Contracts.", nameof(type));

    public static Type? Resolve(string name) => ByName.GetValueOrDefault(name);
}
