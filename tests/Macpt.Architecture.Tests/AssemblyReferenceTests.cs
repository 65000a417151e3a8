namespace Macpt.Architecture.Tests;

/// <summary>
/// The compiled form of <see cref="ProjectReferenceTests"/>: no service assembly uses another's types,
/// however the reference got there (a transitive project, a copied dll).
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static readonly HashSet<string> ServiceNames = ServiceAssemblies.All.Select(a => a.GetName().Name!).ToHashSet();

    public static TheoryData<string> Services => new(ServiceNames.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_service_project_is_checked_here()
    {
        // A new service under src/ must be added to this project's references, or it goes unchecked.
        var discovered = ServiceProjects.Discovered.Select(ServiceProjects.AssemblyNameOf).ToHashSet();

        Assert.Equal(discovered.Order(StringComparer.Ordinal), ServiceNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_assembly_references_no_other_service(string service)
    {
        var otherServices = ServiceAssemblies.Named(service).GetReferencedAssemblies()
            .Select(n => n.Name!)
            .Where(name => name != service && ServiceNames.Contains(name))
            .ToArray();

        Assert.Empty(otherServices);
    }
}
