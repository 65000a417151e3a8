using System.Xml.Linq;
using Macpt.Contracts;

namespace Macpt.Architecture.Tests;

/// <summary>
/// Every service depends on the contracts, so they must bring nothing with them: no EF Core,
/// no MassTransit, no ASP.NET Core. Records over the base class library only.
/// </summary>
public sealed class ContractsDependencyTests
{
    [Fact]
    public void The_contracts_assembly_references_only_the_base_class_library()
    {
        var referenced = typeof(ContractTypes).Assembly.GetReferencedAssemblies().Select(n => n.Name!).ToArray();
        var outsideBcl = referenced.Where(name => !IsBaseClassLibrary(name)).ToArray();

        Assert.NotEmpty(referenced);
        Assert.Empty(outsideBcl);
    }

    [Fact]
    public void The_contracts_project_declares_no_references()
    {
        // The compiler drops references that no code uses, so the project file is checked as well.
        var project = XDocument.Load(Repository.PathOf("src/BuildingBlocks/Macpt.Contracts/Macpt.Contracts.csproj"));

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference" or "Reference")
            .Select(e => $"{e.Name.LocalName} {(string?)e.Attribute("Include")}");

        Assert.Empty(references);
    }

    private static bool IsBaseClassLibrary(string assembly) =>
        assembly is "System" or "netstandard" or "mscorlib" || assembly.StartsWith("System.", StringComparison.Ordinal);
}
