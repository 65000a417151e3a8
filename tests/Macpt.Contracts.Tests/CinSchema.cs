using System.Collections.Concurrent;
using System.Xml.Linq;

namespace Macpt.Contracts.Tests;

/// <summary>
/// The CIN census schemas in shared/spec/cin, found by walking up from the test's output folder
/// (CI has shared/ beside the repository). Read at test time so the code lists are compared with
/// the schema itself, not with a copy of it.
/// </summary>
internal static class CinSchema
{
    public const string Schema2024 = "CIN_schema_2024.xsd";
    public const string Schema2025Derived = "CIN_schema_2025-26_derived.xsd";

    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private static readonly ConcurrentDictionary<string, XDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>The folder holding the schemas, or null when there is no shared/spec/cin above the output folder.</summary>
    public static string? Directory { get; } = Find();

    public static string NotFoundMessage { get; } =
        $"shared/spec/cin not found in {AppContext.BaseDirectory} or any folder above it: schema comparisons skipped.";

    /// <summary>The values and documentation of the named top-level simple type's enumeration, in schema order.</summary>
    public static IReadOnlyList<SchemaValue> Enumeration(string file, string simpleTypeName) =>
        SimpleType(file, simpleTypeName)
            .Descendants(Xs + "enumeration")
            .Select(e => new SchemaValue(
                (string?)e.Attribute("value") ?? throw new InvalidDataException($"An enumeration of {simpleTypeName} has no value."),
                e.Element(Xs + "annotation")?.Element(Xs + "documentation")?.Value))
            .ToList();

    /// <summary>The values of an enumeration only.</summary>
    public static IReadOnlyList<string> Codes(string file, string simpleTypeName) =>
        Enumeration(file, simpleTypeName).Select(v => v.Value).ToList();

    /// <summary>The pattern facets of the named top-level simple type.</summary>
    public static IReadOnlyList<string> Patterns(string file, string simpleTypeName) =>
        SimpleType(file, simpleTypeName)
            .Descendants(Xs + "pattern")
            .Select(e => (string?)e.Attribute("value") ?? throw new InvalidDataException($"A pattern of {simpleTypeName} has no value."))
            .ToList();

    /// <summary>The type of the named element declared anywhere in the schema.</summary>
    public static string? TypeOfElement(string file, string elementName) =>
        Load(file).Descendants(Xs + "element")
            .Where(e => (string?)e.Attribute("name") == elementName)
            .Select(e => (string?)e.Attribute("type"))
            .SingleOrDefault();

    private static XElement SimpleType(string file, string simpleTypeName) =>
        Load(file).Root!.Elements(Xs + "simpleType").SingleOrDefault(e => (string?)e.Attribute("name") == simpleTypeName)
        ?? throw new InvalidDataException($"{file} has no top-level simpleType named {simpleTypeName}.");

    private static XDocument Load(string file) => Documents.GetOrAdd(file, f =>
    {
        var directory = Directory ?? throw new InvalidOperationException(NotFoundMessage);
        return XDocument.Load(Path.Combine(directory, f));
    });

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "spec", "cin");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}

internal sealed record SchemaValue(string Value, string? Documentation);

/// <summary>A fact that needs the CIN schemas: skipped, with the reason, when they cannot be found.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (CinSchema.Directory is null) Skip = CinSchema.NotFoundMessage;
    }
}

/// <summary>A theory that needs the CIN schemas: skipped, with the reason, when they cannot be found.</summary>
public sealed class SchemaTheoryAttribute : TheoryAttribute
{
    public SchemaTheoryAttribute()
    {
        if (CinSchema.Directory is null) Skip = CinSchema.NotFoundMessage;
    }
}
