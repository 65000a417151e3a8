using System.Reflection;
using NetArchTest.Rules;

namespace Macpt.Architecture.Tests;

/// <summary>
/// Entities and rules are plain classes with no I/O (STYLE.md): persistence, messaging and HTTP
/// stay at the edge, so the rules can be tested without a database.
/// </summary>
public sealed class DomainDependencyTests
{
    private static readonly string[] EdgeFrameworks =
        ["Microsoft.EntityFrameworkCore", "MassTransit", "Npgsql", "Microsoft.AspNetCore"];

    public static TheoryData<string> Services => new(ServiceAssemblies.All.Select(a => a.GetName().Name!));

    private static PredicateList DomainTypes(Assembly service) => Types.InAssembly(service)
        .That().ResideInNamespaceEndingWith(".Domain")
        .Or().ResideInNamespaceEndingWith(".Domain.Rules")
        .Or().ResideInNamespaceEndingWith(".Domain.Timescales");

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_types_do_not_depend_on_persistence_messaging_or_http(string service)
    {
        var result = DomainTypes(ServiceAssemblies.Named(service))
            .ShouldNot().HaveDependencyOnAny(EdgeFrameworks)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{service}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_domain_types_are_found()
    {
        // Guards the namespace filter: the referrals service has entities and rules today.
        var found = DomainTypes(ServiceAssemblies.Named("Macpt.Referrals")).GetTypes().Select(t => t.FullName).ToArray();

        Assert.Contains("Macpt.Referrals.Domain.Referral", found);
        Assert.Contains("Macpt.Referrals.Domain.Rules.ReferralIsDecidedOnce", found);
        Assert.Contains("Macpt.Referrals.Domain.Timescales.DecisionDeadline", found);
    }

    [Fact]
    public void The_check_sees_a_dependency_where_there_is_one()
    {
        // Guards the dependency search: the infrastructure is built on EF Core.
        var result = Types.InAssembly(ServiceAssemblies.Named("Macpt.Referrals"))
            .That().ResideInNamespace("Macpt.Referrals.Infrastructure")
            .Should().HaveDependencyOnAny(EdgeFrameworks[0])
            .GetResult();

        Assert.True(result.IsSuccessful);
    }
}
